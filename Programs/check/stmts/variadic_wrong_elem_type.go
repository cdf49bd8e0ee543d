// errorcheck

package main

func join(sep string, parts ...string) string { return sep }

func anys(xs ...any) {}

func main() {
	ints := []int{1}
	_ = join(",", ints...) // ERROR "cannot use ints \(variable of type \[\]int\) as \[\]string value in argument to join"
	anys(ints...) // ERROR "cannot use ints \(variable of type \[\]int\) as \[\]any value in argument to anys"
	strs := []string{"a"}
	anys(strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as \[\]any value in argument to anys"
	_ = join(",", 1, 2) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to join" "cannot use 2 \(untyped int constant\) as string value in argument to join"
}
