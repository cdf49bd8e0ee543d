// errorcheck

package main

type MyInt int

func main() {
	_ = 1 == "a" // ERROR "invalid operation: 1 == \"a\" \(mismatched types untyped int and untyped string\)"
	var m MyInt
	var i int
	_ = m == i // ERROR "invalid operation: m == i \(mismatched types MyInt and int\)"
	_ = m == 1
	_ = m < 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to int"
	var p *int
	_ = p == 0 // ERROR "invalid operation: p == 0 \(mismatched types \*int and untyped int\)"
	_ = "a" < 'b' // ERROR "invalid operation: \"a\" < 'b' \(mismatched types untyped string and untyped rune\)"
}
