// errorcheck

package main

import "strings"

type B struct {
	strings.Builder
}

func main() {
	var b B
	_ = b.buf // ERROR "b\.buf undefined \(cannot refer to unexported field buf\)"
	_ = b.Builder.addr // ERROR "b\.Builder\.addr undefined \(cannot refer to unexported field addr\)"
	b.WriteString("x")
}
