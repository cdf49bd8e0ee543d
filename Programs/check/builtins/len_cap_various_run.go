// run

package main

import "fmt"

func main() {
	var a [5]int
	p := &a
	fmt.Println(len(a), cap(a), len(p), cap(p))
	const n = len([3]int{})
	fmt.Println(n)
	s := "héllo"
	fmt.Println(len(s))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	var m map[string]int
	fmt.Println(len(m), m["x"])
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
	delete(m, "nothing")
	sl := make([]string, 2, 5)
	fmt.Println(len(sl), cap(sl), len(sl[:4]), cap(sl[1:3:4]))
}
