// errorcheck

package main

func main() {
	i := int(2.5) // ERROR "cannot convert 2.5 \(untyped float constant\) to type int"
	_ = i
}
