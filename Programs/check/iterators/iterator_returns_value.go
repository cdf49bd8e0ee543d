// errorcheck

package main

func seq(yield func(int) bool) bool { return true }

func main() {
	for x := range seq { // ERROR "cannot range over seq \(value of type func\(yield func\(int\) bool\) bool\): func must be func\(yield"
		_ = x
	}
}
