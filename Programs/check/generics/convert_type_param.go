// errorcheck

package main

func f[T any](v T) int {
	return int(v) // ERROR "cannot convert v \(variable of type T constrained by any\) to type int"
}

func main() {
}
