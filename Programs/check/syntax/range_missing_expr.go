// errorcheck

package main

func main() {
	for i := range { // ERROR "syntax error: unexpected {, expected expression"
		_ = i
	} // ERROR "syntax error: unexpected }, expected { after for clause"
}
