// errorcheck

package main

func main() {
	_ = "a" - "b" // ERROR "invalid operation: operator - not defined on \"a\" \(untyped string constant\)"
}
