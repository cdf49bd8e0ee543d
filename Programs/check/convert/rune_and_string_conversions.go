// errorcheck

package main

func main() {
	var r rune = 'x'
	_ = []byte(r) // ERROR "cannot convert r \(variable of type rune\) to type \[\]byte"
	_ = rune("a") // ERROR "cannot convert \"a\" \(untyped string constant\) to type rune"
	_ = byte("a") // ERROR "cannot convert \"a\" \(untyped string constant\) to type byte"
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	_ = string(r)
	_ = byte("a"[0])
}
