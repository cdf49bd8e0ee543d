// errorcheck

package main

func main() {
	x := 1
	switch x {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	}
}
