// errorcheck

package main

func main[T any]() { // ERROR "func main must have no type parameters"
}
