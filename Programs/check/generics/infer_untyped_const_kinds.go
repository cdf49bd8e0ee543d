// errorcheck

package main

func Pick[T any](a, b T) T { return a }

func main() {
	var f float64 = Pick(1, 2.5)
	var r rune = Pick(1, 'a')
	var i int = Pick(1, 2.0) // ERROR "cannot use Pick\(1, 2\.0\) \(value of type float64\) as int value in variable declaration"
	_ = Pick("a", 1) // ERROR "in call to Pick, mismatched types untyped string and untyped int \(cannot infer T\)"
	_ = Pick(1, nil) // ERROR "cannot use nil as int value in argument to Pick"
	var c complex128 = Pick(1i, 2)
	_, _, _, _ = f, r, i, c
}
