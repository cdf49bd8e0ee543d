// errorcheck

package main

func main() {
	_ = cap("abc") // ERROR "invalid argument: \"abc\" \(untyped string constant\) for built-in cap"
}
