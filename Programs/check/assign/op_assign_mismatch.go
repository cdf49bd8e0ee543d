// errorcheck

package main

func main() {
	x := 1
	x += "a" // ERROR "cannot convert \"a\" \(untyped string constant\) to type int|invalid operation: x \+= \"a\" \(mismatched types int and untyped string\)"
}
