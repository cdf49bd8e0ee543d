// errorcheck -0 -m -l

// strings.Builder methods.

package p

import "strings"

func f(parts []string) string { // ERROR "parts does not escape$"
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p)
	}
	return b.String()
}
