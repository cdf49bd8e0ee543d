// errorcheck

package main

type T[P] struct{} // ERROR "syntax error|missing type constraint"

func main() {
}
