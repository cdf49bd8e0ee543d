// errorcheck -0 -m -l

// every method of an instantiated generic type is analysed (after the package's functions), called or not.

package p

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) } // ERROR "\.\.\. argument does not escape$" "p\.Key escapes to heap$" "p\.Val escapes to heap$" "\.\.\. argument does not escape$" "p\.Key escapes to heap$" "p\.Val escapes to heap$"

func (p *Pair[K, V]) Set(v V) { p.Val = v }

func f() string {
	p := Pair[string, int]{"a", 1}
	return fmt.Sprint(p) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$"
}

func g() {
	q := &Pair[int, bool]{} // ERROR "&Pair\[int,bool\]\{\} does not escape$"
	q.Set(true)
}
