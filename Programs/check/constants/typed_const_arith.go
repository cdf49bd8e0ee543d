// run

package main

import "fmt"

type Celsius float64
type Weekday int

const (
	Boiling Celsius = 100
	Freezing        = Boiling - 100
	Sunday  Weekday = 0
	Saturday        = Sunday + 6
)

const i8 int8 = 100
const half = i8 / 3

func main() {
	fmt.Printf("%T %v\n", Freezing, Freezing)
	fmt.Printf("%T %v\n", Saturday, Saturday)
	fmt.Printf("%T %v\n", half, half)
	const r = 'a' + 1
	fmt.Printf("%T %v %c\n", r, r, r)
	const f = 5 / 2.0
	fmt.Printf("%T %v\n", f, f)
	const c = 1 + 2i
	fmt.Printf("%T %v\n", c*c, c*c)
	var x uint8 = 255
	x++
	fmt.Println(x)
	const s = "go" + "pher"
	fmt.Println(len(s), s[1:3])
}
