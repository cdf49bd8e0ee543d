// errorcheck

package main

func main() {
	i := 0
	j := i++ // ERROR "syntax error: unexpected \+\+ at end of statement"
	_ = j
}
