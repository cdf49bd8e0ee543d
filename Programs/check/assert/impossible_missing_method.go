// errorcheck

package main

type Stringer interface{ String() string }

type T int

func main() {
	var s Stringer
	_ = s.(T) // ERROR "impossible type assertion: s\.\(T\)"
}
