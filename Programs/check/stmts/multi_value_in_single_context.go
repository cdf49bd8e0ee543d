// errorcheck

package main

func two() (int, int) { return 1, 2 }

func one(x int) int { return x }

func main() {
	x := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_ = two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = one(two()) // ERROR "too many arguments in call to one"
	var y int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_, _ = x, y
}
