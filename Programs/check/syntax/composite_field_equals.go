// errorcheck

package main

type T struct{ a int }

func main() {
	t := T{a = 1} // ERROR "syntax error: unexpected = in composite literal; possibly missing comma or }"
	_ = t
}
