// errorcheck

package main

func main() {
	x := 2
	goto C // ERROR "goto C jumps into block starting at \./goto_into_switch_case\.go:9:2"
	switch x {
	case 1:
	C:
		println("one")
	}
}
