// run

// A generic function calling itself from a function literal inside it: the
// type argument is inferred as the enclosing function's own type parameter.
package main

import "fmt"

func count[T any](s []T) int {
	if len(s) == 0 {
		return 0
	}
	f := func() int { return count(s[1:]) }
	return 1 + f()
}

func count2[T any](s []T) int {
	if len(s) == 0 {
		return 0
	}
	return 1 + func() int { return count2(s[1:]) }()
}

func main() { fmt.Println(count([]int{1, 2, 3}), count2([]int{1, 2})) }
