// errorcheck

package main

import (
	"bytes"
	"os" // ERROR "\"os\" imported and not used"
	"strings"
)

var b bytes.Buffer

func f(r *strings.Reader) {}

func main() {
	_ = b
}
