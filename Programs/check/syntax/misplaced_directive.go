// errorcheck

package main

func main() {
	//go:noinline // ERROR "misplaced compiler directive"
	x := 1
	_ = x
}
