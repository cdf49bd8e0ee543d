// errorcheck

package main

func f() (int, int) {
	return 1,
} // ERROR "syntax error: unexpected }, expected expression"

func main() {
}
