// run

package main

import "fmt"

type Inner struct{ X, Y int }

func (Inner) Who() string { return "inner" }

type Middle struct {
	Inner
	X string
}

type Outer struct {
	Middle
	Y float64
}

func main() {
	var o Outer
	o.X = "middle-x"
	o.Inner.X = 5
	o.Y = 1.5
	o.Middle.Y = 7
	fmt.Println(o.X, o.Inner.X, o.Y, o.Middle.Y, o.Middle.Inner.Y)
	fmt.Println(o.Who())
	fmt.Printf("%+v\n", o)
}
