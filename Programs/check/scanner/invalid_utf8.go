// errorcheck

package main

func main() {
	x := 1 ÿ // ERROR "invalid UTF-8 encoding"
	_ = x
}
