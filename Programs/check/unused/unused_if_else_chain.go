// errorcheck

package main

func f() int { return 1 }

func main() {
	if x := f(); x > 0 {
	} else if y := f(); x < 0 { // ERROR "declared and not used: y"
	} else if z := f(); true { // ERROR "declared and not used: z"
	}
}
