// errorcheck

package main

func main() {
	var x any
	switch x.(type) {
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
}
