// run

package main

import "fmt"

type Weekday uint8

const days Weekday = 3

func main() {
	for d := range days {
		fmt.Printf("%T %d\n", d, d)
	}
	var n int64 = 2
	for i := range n {
		fmt.Printf("%T %d\n", i, i)
	}
	for i := range 2 {
		fmt.Printf("%T %d\n", i, i)
	}
	var f float64 = 2
	for i := range int(f) {
		fmt.Printf("%T %v\n", i, i)
	}
	var u uint16
	for u = range 3 {
	}
	fmt.Println(u)
	for range -5 {
		fmt.Println("never")
	}
	const big = 1 << 40
	cnt := 0
	for i := range int8(100) {
		cnt += int(i)
	}
	fmt.Println(cnt, big>>38)
}
