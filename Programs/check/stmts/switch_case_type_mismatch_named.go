// errorcheck

package main

type Color int
type Size int

const Red Color = 1
const Big Size = 1

func main() {
	c := Red
	switch c {
	case Red:
	case Big: // ERROR "invalid case Big in switch on c \(mismatched types Size and Color\)"
	case 2:
	case "x": // ERROR "cannot convert \"x\" \(untyped string constant\) to type int"
	}
}
