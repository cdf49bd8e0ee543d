// errorcheck

package main

func main() {
	s := "a"
	+ "b" // ERROR "\+\"b\" \(untyped string constant\) is not used|is not used|invalid operation"
	_ = s
}
