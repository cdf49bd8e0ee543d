// errorcheck -0 -m -l

// a label jumped back to by goto makes a loop.

package p

func f(n int) int {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < n {
		goto loop
	}
	return *p
}

func h(n int) int {
	var p *int
	i := 0
	if n > 0 {
		goto done
	}
	i = 1
done:
	x := i
	p = &x
	return *p
}
