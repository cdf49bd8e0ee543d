// errorcheck

package main

import "strings"

func main() {
	var b strings.Builder
	b.buf = nil // ERROR "b\.buf undefined \(cannot refer to unexported field buf\)"
}
