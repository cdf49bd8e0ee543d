// errorcheck

package main

type A struct{}

func () M() {} // ERROR "method has no receiver"

func main() {
}
