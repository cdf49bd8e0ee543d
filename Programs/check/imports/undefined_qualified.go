// errorcheck

package main

import "strings"

func main() {
	_ = strings.NoSuchFunc("a") // ERROR "undefined: strings\.NoSuchFunc"
}
