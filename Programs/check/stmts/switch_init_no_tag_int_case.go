// errorcheck

package main

func f() int { return 1 }

func main() {
	switch x := f(); {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case x > 0:
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	}
}
