// errorcheck -0 -m -l

// go statements: the goroutine's closure escapes.

package p

func f() {
	x := 1 // ERROR "moved to heap: x$"
	go func() { // ERROR "func literal escapes to heap$"
		x++
	}()
}

func h(p *int) { // ERROR "leaking param: p$"
	go func() { // ERROR "func literal escapes to heap$"
		_ = *p
	}()
}
