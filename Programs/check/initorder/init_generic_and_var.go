// errorcheck

package main

func init[T any]() {} // ERROR "func init must have no type parameters"

var init = 1 // ERROR "cannot declare init - must be func"

func main() {
}
