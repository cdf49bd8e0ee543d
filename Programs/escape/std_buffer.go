// errorcheck -0 -m -l

// bytes.Buffer methods.

package p

import "bytes"

func f(s string) int { // ERROR "s does not escape$"
	var b bytes.Buffer
	b.WriteString(s)
	return b.Len()
}

func h() *bytes.Buffer {
	return new(bytes.Buffer) // ERROR "new\(bytes\.Buffer\) escapes to heap$"
}
