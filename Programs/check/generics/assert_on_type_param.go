// errorcheck

package main

func f[T any](v T) int {
	return v.(int) // ERROR "invalid operation: cannot use type assertion on type parameter value v \(variable of type T constrained by any\)"
}

func main() {
}
