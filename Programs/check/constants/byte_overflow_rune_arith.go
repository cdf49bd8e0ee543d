// errorcheck

package main

func main() {
	var b byte = 'a' + 200 // ERROR "cannot use 'a' \+ 200 \(untyped rune constant 297\) as byte value in variable declaration \(overflows\)"
	_ = b
}
