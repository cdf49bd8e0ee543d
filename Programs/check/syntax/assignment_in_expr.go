// errorcheck

package main

func f(int) {}

func main() {
	x := 0
	f(x = 1) // ERROR "syntax error: unexpected = in argument list; possibly missing comma or \)"
}
