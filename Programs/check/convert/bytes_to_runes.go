// errorcheck

package main

func main() {
	b := []byte("abc")
	_ = []rune(b) // ERROR "cannot convert b \(variable of type \[\]byte\) to type \[\]rune"
	r := []rune("abc")
	_ = []byte(r) // ERROR "cannot convert r \(variable of type \[\]rune\) to type \[\]byte"
	_ = string(b)
	_ = string(r)
}
