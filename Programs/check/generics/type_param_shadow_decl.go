// errorcheck

package main

func f[T any, T any]() {} // ERROR "T redeclared in this block"

func main() {
}
