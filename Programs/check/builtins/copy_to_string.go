// errorcheck

package main

func main() {
	b := []byte("x")
	copy("abc", b) // ERROR "invalid copy: argument must be a slice; have \"abc\" \(untyped string constant\)"
}
