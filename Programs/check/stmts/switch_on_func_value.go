// errorcheck

package main

func g() {}

func main() {
	f := g
	switch f {
	case nil:
	case g: // ERROR "invalid case g in switch on f \(func can only be compared to nil\)"
	}
}
