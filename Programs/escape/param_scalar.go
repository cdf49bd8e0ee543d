// errorcheck -0 -m -l

// parameters without pointers get no diagnostic.

package p

func f(x int, y float64, s struct{ a, b int }) int {
	return x + int(y) + s.a
}

func g(a [4]int) [4]int {
	return a
}
