// errorcheck

package main

import str "strings" // ERROR "\"strings\" imported as str and not used"

func main() {
	_ = strings.ToUpper("a") // ERROR "undefined: strings"
}
