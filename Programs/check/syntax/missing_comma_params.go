// errorcheck

package main

func f(a int b int) {} // ERROR "syntax error: unexpected name b in parameter list; possibly missing comma or \)"

func main() {
}
