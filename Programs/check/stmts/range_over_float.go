// errorcheck

package main

func main() {
	for range 1.5 { // ERROR "cannot range over 1\.5 \(untyped float constant\)"
	}
}
