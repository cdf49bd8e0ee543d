// errorcheck

package main

import (
	"strings"
	s "strings" // ERROR "\"strings\" imported as s and not used"
)

func main() {
	_ = strings.ToUpper("a")
}
