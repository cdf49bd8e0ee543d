// errorcheck

package main

type T[P] struct{} // ERROR "undefined array length P or missing type constraint"

func main() {
}
