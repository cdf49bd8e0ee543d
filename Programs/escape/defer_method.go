// errorcheck -0 -m -l

// defer and go of method calls.

package p

type T struct{ a int }

func (t *T) Close() {} // ERROR "t does not escape$"

func f() {
	var t T
	defer t.Close()
}

func h() {
	var t T // ERROR "moved to heap: t$"
	go t.Close()
}
