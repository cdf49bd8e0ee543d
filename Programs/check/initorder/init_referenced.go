// errorcheck

package main

func init() {}

var f = init // ERROR "undefined: init"

func main() {
	init() // ERROR "undefined: init"
	_ = f
}
