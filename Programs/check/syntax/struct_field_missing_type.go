// errorcheck

package main

type T struct {
	a, b // ERROR "syntax error"
}

func main() {
}
