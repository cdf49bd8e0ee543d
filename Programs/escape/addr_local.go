// errorcheck -0 -m -l

// an address used only locally stays on the stack.

package p

func f() int {
	x := 1
	p := &x
	return *p
}

func h() int {
	var a [8]int
	q := &a[3]
	*q = 2
	return a[3]
}
