// errorcheck

package main

import "iter"

func nums() iter.Seq[int] {
	return func(yield func(int) bool) {}
}

func main() {
	for i, v := range nums() { // ERROR "range over nums\(\) \(value of func type iter\.Seq\[int\]\) permits only one iteration variable"
		_, _ = i, v
	}
}
