// run

package main

import "fmt"

type Handler func(string) string
type Queue chan int
type RO <-chan int

func (h Handler) Twice(s string) string { return h(h(s)) }

func main() {
	var h Handler = func(s string) string { return s + "!" }
	fmt.Println(h.Twice("hi"))
	q := make(Queue, 1)
	q <- 7
	var ro RO = RO((chan int)(q))
	fmt.Println(<-ro)
	var plain chan int = q
	fmt.Printf("%T %T\n", plain, ro)
	ptr := (*int)(nil)
	fmt.Println(ptr == nil)
	var x any = Handler(nil)
	_, isFunc := x.(func(string) string)
	fmt.Println(isFunc)
}
