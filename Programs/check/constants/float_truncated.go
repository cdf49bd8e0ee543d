// errorcheck

package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = i
}
