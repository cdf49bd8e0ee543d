// errorcheck -0 -m -l

// fmt.Printf and Sprintf.

package p

import "fmt"

func f(x int, p *int) string { // ERROR "leaking param: p$"
	fmt.Printf("%d %p\n", x, p) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
	return fmt.Sprintf("%d", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}
