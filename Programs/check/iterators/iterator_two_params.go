// errorcheck

package main

func seq(yield func(int) bool, n int) {}

func main() {
	for x := range seq { // ERROR "cannot range over seq \(value of type func\(yield func\(int\) bool, n int\)\): func must be func\(yield"
		_ = x
	}
}
