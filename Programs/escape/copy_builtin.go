// errorcheck -0 -m -l

// copy: the destination is mutated, pointerful sources leak their content.

package p

func f(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func h(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func k(dst []byte, s string) int { // ERROR "dst does not escape$" "s does not escape$"
	return copy(dst, s)
}
