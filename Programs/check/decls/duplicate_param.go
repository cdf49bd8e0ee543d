// errorcheck

package main

func f(a int, a string) {} // ERROR "duplicate argument a|a redeclared"

func main() {
}
