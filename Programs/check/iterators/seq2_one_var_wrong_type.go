// errorcheck

package main

import "iter"

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {}
}

func main() {
	for k := range pairs() {
		var n int = k // ERROR "cannot use k \(variable of type string\) as int value in variable declaration"
		_ = n
	}
}
