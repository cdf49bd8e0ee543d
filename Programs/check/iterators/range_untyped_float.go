// errorcheck

package main

func main() {
	for i := range 1.5 { // ERROR "cannot range over 1\.5 \(untyped float constant\)"
		_ = i
	}
	for i := range 3.0 { // ERROR "cannot range over 3\.0 \(untyped float constant 3\)"
		_ = i
	}
}
