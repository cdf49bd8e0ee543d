// errorcheck

package main

type Stringer interface {
	String() string
}

type T int

func main() {
	var s Stringer = T(1) // ERROR "T does not implement Stringer \(missing method String\)"
	_ = s
}
