// errorcheck -0 -m -l

// defer fmt.Println: conversions happen outside the wrapper.

package p

import "fmt"

func f(x int) {
	defer fmt.Println(x) // ERROR "x escapes to heap$" "\.\.\. argument does not escape$"
}

func h(x int) {
	for i := 0; i < x; i++ {
		defer fmt.Println(i) // ERROR "i escapes to heap$" "\.\.\. argument does not escape$"
	}
}
