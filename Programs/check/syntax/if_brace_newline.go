// errorcheck

package main

func main() {
	x := true
	if x // ERROR "syntax error: unexpected newline, expected { after if clause"
	{
	}
}
