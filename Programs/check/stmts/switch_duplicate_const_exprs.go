// errorcheck

package main

const two = 2

func main() {
	x := 2
	switch x {
	case 1 + 1, two: // ERROR "duplicate case two \(constant 2 of type int\) in expression switch"
	case 4 / 2: // ERROR "duplicate case 4 / 2 \(constant 2 of type int\) in expression switch"
	}
	s := "ab"
	switch s {
	case "a" + "b":
	case "ab": // ERROR "duplicate case \"ab\" \(constant of type string\) in expression switch"
	}
}
