// errorcheck

package main

import . "strings"

func ToUpper(s string) string { return s } // ERROR "ToUpper already declared through dot-import of package strings \(\"strings\"\)"

func main() {
	_ = ToLower("A")
}
