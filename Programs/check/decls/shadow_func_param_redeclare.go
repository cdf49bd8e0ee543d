// errorcheck

package main

func f(a int, b string) (c int) {
	a := 2 // ERROR "no new variables on left side of :="
	var b int // ERROR "b redeclared in this block"
	c := 3 // ERROR "no new variables on left side of :="
	return
}

func main() {
}
