// errorcheck

package main

func f() int { return 1 }

func main() {
	if v := f(); true { // ERROR "declared and not used: v"
	}
}
