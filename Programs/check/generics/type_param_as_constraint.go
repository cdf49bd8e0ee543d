// errorcheck

package main

func f[T any, U T]() {} // ERROR "cannot use a type parameter as constraint"

func main() {
}
