// errorcheck

package main

func main() {
	] // ERROR "syntax error: unexpected \], expected }"
} // ERROR "syntax error: non-declaration statement outside function body"
