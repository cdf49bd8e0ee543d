// errorcheck

package main

import "strings" // ERROR "\"strings\" imported and not used"

func main() {
	strings := []string{"a"}
	_ = strings
}
