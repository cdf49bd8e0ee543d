// errorcheck

package main

func f() int { return 0 }

func main() {
	s := []int{1, 2}
	for f() = range s { // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
	}
	const c = 0
	for c = range s { // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	}
}
