// errorcheck

package main

var x ...int // ERROR "syntax error"

func main() {
}
