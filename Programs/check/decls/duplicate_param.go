// errorcheck

package main

func f(a int, a string) {} // ERROR "a redeclared in this block"

func main() {
}
