// errorcheck

package main

func main() {
	x := 1 // ERROR "declared and not used: x"
L: // ERROR "label L defined and not used"
	for {
		break
	}
}
