// errorcheck

package main

func main() {
	string := "hello"
	var s string = "x" // ERROR "string \(local variable\) is not a type"
	_ = s
	error := 3
	var e error // ERROR "error \(local variable\) is not a type"
	_ = e
	_ = error
}
