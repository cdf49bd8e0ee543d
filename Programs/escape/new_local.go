// errorcheck -0 -m -l

// new(T) that stays local does not escape.

package p

func f() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 3
	return *p
}
