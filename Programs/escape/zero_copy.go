// errorcheck -0 -m -l

// zero-copy []byte(s) when the bytes are never written.

package p

func f(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}

func h(s string) byte { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	b[0] = 'x'
	return b[0]
}

func k(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
		n += int(c)
	}
	return n
}
