// errorcheck

package main

func seq(yield func(int) int) {}

func main() {
	for x := range seq { // ERROR "cannot range over seq \(value of type func\(yield func\(int\) int\)\): func must be func\(yield func\(\.\.\.\)"
		_ = x
	}
}
