// errorcheck

package main

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	for x := range three { // ERROR "range over three \(value of type func\(yield func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
}
