// errorcheck

package main

func f() {}

func main() {
	f()) // ERROR "syntax error: unexpected \) at end of statement"
}
