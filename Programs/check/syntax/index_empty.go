// errorcheck

package main

func main() {
	s := []int{1}
	_ = s[] // ERROR "syntax error: unexpected \], expected operand"
}
