// errorcheck

package main

func main() {
	func inner() {} // ERROR "syntax error: unexpected name inner, expected \("
} // ERROR "syntax error: non-declaration statement outside function body"
