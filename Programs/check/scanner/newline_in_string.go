// errorcheck

package main

func main() {
	s := "abc // ERROR "newline in string" "syntax error: unexpected name newline at end of statement"
	_ = s
}
