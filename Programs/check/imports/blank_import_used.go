// errorcheck

package main

import _ "strings"

func main() {
	_ = strings.ToUpper("a") // ERROR "undefined: strings"
}
