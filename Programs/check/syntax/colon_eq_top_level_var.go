// errorcheck

package main

var x := 1 // ERROR "syntax error: unexpected :=, expected ="

func main() {
}
