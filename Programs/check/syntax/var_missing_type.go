// errorcheck

package main

var x // ERROR "syntax error: unexpected newline, expected type"

func main() {
}
