// errorcheck

package main

func main() {
	x := 1
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
}
