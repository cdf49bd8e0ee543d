// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
		goto E // ERROR "goto E jumps into block starting at \./goto_into_else_block\.go:9:9"
	} else {
	E:
		println("else")
	}
}
