// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
	} else if x < 0 // ERROR "syntax error: unexpected newline, expected { after if clause"
	{
	}
}
