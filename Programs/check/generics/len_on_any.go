// errorcheck

package main

func f[T any](v T) int {
	return len(v) // ERROR "invalid argument: v \(variable of type T constrained by any\) for built-in len"
}

func main() {
}
