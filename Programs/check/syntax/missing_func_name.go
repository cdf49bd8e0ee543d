// errorcheck

package main

func () {} // ERROR "method has no receiver" "syntax error: unexpected {, expected name"

func main() {
}
