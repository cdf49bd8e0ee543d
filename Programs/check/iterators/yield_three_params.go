// errorcheck

package main

func seq(yield func(int, string, bool) bool) {}

func main() {
	for a, b := range seq { // ERROR "cannot range over seq \(value of type func\(yield func\(int, string, bool\) bool\)\): func must be"
		_, _ = a, b
	}
}
