// errorcheck

package main

func seq(yield func(int) bool) {}

func main() {
	for x, y := range seq { // ERROR "range over seq \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable"
		_, _ = x, y
	}
}
