// errorcheck

package main

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
}
