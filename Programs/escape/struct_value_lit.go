// errorcheck -0 -m -l

// struct and array literals held in variables are not allocations.

package p

type T struct{ a, b int }

func f() int {
	t := T{1, 2}
	a := [3]int{1, 2, 3}
	return t.a + a[0]
}
