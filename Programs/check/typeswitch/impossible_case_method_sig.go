// errorcheck

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

func (U) M(int) {}

func f(i I) {
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T"
	case *T:
	case U: // ERROR "impossible type switch case: U"
	}
}

func main() {
}
