// errorcheck

package main

func main() {
	goto L // ERROR "goto L jumps into block starting at \./goto_into_block\.go:7:10"
	if true {
	L:
		println()
	}
}
