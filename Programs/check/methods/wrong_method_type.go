// errorcheck

package main

type Stringer interface {
	String() string
}

type T int

func (T) String() int { return 0 }

func main() {
	var s Stringer = T(1) // ERROR "T does not implement Stringer \(wrong type for method String\)"
	_ = s
}
