// errorcheck

package main

import "strings"

func (b *strings.Builder) Reset2() {} // ERROR "cannot define new methods on non-local type strings\.Builder"

func main() {
}
