// errorcheck

package main

func two() (int, string) { return 1, "a" }

func three() (int, string, bool) {
	return two(), true // ERROR "multiple-value two\(\) \(value of type \(int, string\)\) in single-value context" "not enough return values"
}

func f() (int, string) {
	return two()
}

func g() int {
	return two() // ERROR "too many return values"
}

func main() {
}
