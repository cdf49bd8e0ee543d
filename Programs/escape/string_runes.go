// errorcheck -0 -m -l

// []rune and string(rune) conversions.

package p

func f(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func h(r []rune) string { // ERROR "r does not escape$"
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func k(x int) string {
	return string(rune(x)) // ERROR "string\(rune\(x\)\) escapes to heap$"
}
