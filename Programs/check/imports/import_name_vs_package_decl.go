// errorcheck

package main

import (
	"strings" // ERROR "\"strings\" imported and not used"
	str "strconv" // ERROR "\"strconv\" imported as str and not used"
)

type strings struct{} // ERROR "strings already declared through import of package strings \(\"strings\"\)"

func str() {} // ERROR "str already declared through import of package strconv \(\"strconv\"\)"

func main() {
}
