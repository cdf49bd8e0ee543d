// errorcheck

package main

import "iter"

func words() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {}
}

func main() {
	var i int
	var s int
	for i, s = range words() { // ERROR "cannot use s \(value of type string\) as int value in assignment"
	}
	_, _ = i, s
}
