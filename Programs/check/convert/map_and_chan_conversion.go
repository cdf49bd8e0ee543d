// errorcheck

package main

type M map[string]int
type C chan int

func main() {
	m := map[string]int{}
	_ = M(m)
	_ = map[string]int64(m) // ERROR "cannot convert m \(variable of type map\[string\]int\) to type map\[string\]int64"
	c := make(chan int)
	_ = C(c)
	_ = (chan int64)(c) // ERROR "cannot convert c \(variable of type chan int\) to type chan int64"
}
