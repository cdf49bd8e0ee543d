// errorcheck

package main

type T struct{ x int }

func get() T { return T{} }

func main() {
	get().x = 1 // ERROR "cannot assign to get\(\)\.x \(neither addressable nor a map index expression\)"
	m := map[string]T{}
	m["k"].x = 2 // ERROR "cannot assign to struct field m\[\"k\"\]\.x in map"
	"abc"[0] = 'x' // ERROR "cannot assign to \"abc\"\[0\] \(neither addressable nor a map index expression\)"
	T{}.x = 3 // ERROR "cannot assign to T\{\}\.x \(neither addressable nor a map index expression\)"
	len("a") = 1 // ERROR "cannot assign to len\(\"a\"\) \(neither addressable nor a map index expression\)"
	const k = 1
	k = 2 // ERROR "cannot assign to k \(neither addressable nor a map index expression\)"
	[2]int{}[0] = 1 // ERROR "cannot assign to \[2\]int\{\}\[0\] \(neither addressable nor a map index expression\)"
}
