// errorcheck

package main

func seq(yield func(int)) {}

func main() {
	for x := range seq { // ERROR "cannot range over seq \(value of type func\(yield func\(int\)\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool"
		_ = x
	}
}
