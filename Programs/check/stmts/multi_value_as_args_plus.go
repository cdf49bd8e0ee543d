// errorcheck

package main

func two() (int, int) { return 1, 2 }
func three(a, b, c int) {}

func main() {
	three(two(), 3) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context" "not enough arguments in call to three"
}
