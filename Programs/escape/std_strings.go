// errorcheck -0 -m -l

// strings package tags.

package p

import "strings"

func f(s, sep string) []string { // ERROR "leaking param: s$" "sep does not escape$"
	return strings.Split(s, sep)
}

func h(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.TrimSpace(s)
}

func k(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	return strings.Join(parts, ",")
}

func l(s string) bool { // ERROR "s does not escape$"
	return strings.HasPrefix(s, "x")
}
