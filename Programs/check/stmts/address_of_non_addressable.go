// errorcheck

package main

type T struct{ x int }

func f() T { return T{} }

const c = 1

func main() {
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 1\)"
	_ = &f().x // ERROR "invalid operation: cannot take address of f\(\)\.x \(value of type int\)"
	_ = &"s" // ERROR "invalid operation: cannot take address of \"s\" \(untyped string constant\)"
	_ = &T{}
	_ = &[]int{1}[0]
	m := map[int]int{}
	_ = &m[0] // ERROR "invalid operation: cannot take address of m\[0\] \(map index expression of type int\)"
	_ = &len("a") // ERROR "invalid operation: cannot take address of len\(\"a\"\) \(constant 1 of type int\)"
}
