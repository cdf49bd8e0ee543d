// errorcheck

package main

import "iter"

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func ints(yield func(int) bool) {}

func main() {
	for v := range Filter(ints, func(s string) bool { return s != "" }) { // ERROR "in call to Filter, type func\(s string\) bool of func\(s string\) bool \{…\} does not match inferred type"
		_ = v
	}
}
