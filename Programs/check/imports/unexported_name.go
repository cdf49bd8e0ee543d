// errorcheck

package main

import "strings"

func main() {
	_ = strings.indexFunc // ERROR "name indexFunc not exported by package strings"
}
