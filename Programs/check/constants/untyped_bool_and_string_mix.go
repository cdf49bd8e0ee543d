// errorcheck

package main

func main() {
	const b = 1 < 2
	var i int = b // ERROR "cannot use b \(untyped bool constant true\) as int value in variable declaration"
	const s = "a" + 1 // ERROR "invalid operation: \"a\" \+ 1 \(mismatched types untyped string and untyped int\)"
	var t string = 'a' // ERROR "cannot use 'a' \(untyped rune constant 97\) as string value in variable declaration"
	_, _ = i, t
}
