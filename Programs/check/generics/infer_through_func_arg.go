// errorcheck

package main

import "strconv"

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func main() {
	_ = Apply(1, strconv.Itoa)
	_ = Apply("a", strconv.Itoa) // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to Apply"
}
