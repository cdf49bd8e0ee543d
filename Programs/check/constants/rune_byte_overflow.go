// errorcheck

package main

func main() {
	var b byte = 'é'
	var c byte = 'a'
	var r rune = 0x110000
	var s int8 = 'a' + 100 // ERROR "cannot use 'a' \+ 100 \(untyped rune constant 197\) as int8 value in variable declaration \(overflows\)"
	_, _, _, _ = b, c, r, s
}
