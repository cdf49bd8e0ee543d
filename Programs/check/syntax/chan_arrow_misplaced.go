// errorcheck

package main

func main() {
	var c chan<- <- int // ERROR "syntax error"
	_ = c
}
