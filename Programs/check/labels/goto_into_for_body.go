// errorcheck

package main

func main() {
	goto L // ERROR "goto L jumps into block starting at \./goto_into_for_body\.go:7:25"
	for i := 0; i < 3; i++ {
	L:
		println(i)
	}
}
