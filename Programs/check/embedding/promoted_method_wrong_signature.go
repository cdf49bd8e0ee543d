// errorcheck

package main

type Stringer interface{ String() string }

type Inner struct{}

func (Inner) String() int { return 0 }

type Outer struct{ Inner }

func main() {
	var _ Stringer = Outer{} // ERROR "cannot use Outer\{\} \(value of struct type Outer\) as Stringer value in variable declaration: Outer"
}
