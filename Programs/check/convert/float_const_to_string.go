// errorcheck

package main

func main() {
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
}
