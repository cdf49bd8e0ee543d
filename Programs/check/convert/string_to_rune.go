// errorcheck

package main

func main() {
	_ = rune("a") // ERROR "cannot convert \"a\" \(untyped string constant\) to type rune"
}
