// errorcheck

package main

func main() {
	var x any = 1
	t := x.(type) // ERROR "invalid syntax tree: use of \.\(type\) outside type switch"
	_ = t
}
