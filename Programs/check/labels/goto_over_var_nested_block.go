// errorcheck

package main

func main() {
	{
		goto L // ERROR "goto L jumps over declaration of v at \./goto_over_var_nested_block\.go:8:5"
		v := 1
		_ = v
	L:
	}
	goto M // ERROR "goto M jumps over declaration of w at \./goto_over_var_nested_block\.go:13:6"
	var w = 2
	_ = w
M:
}
