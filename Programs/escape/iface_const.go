// errorcheck -0 -m -l

// constant and once-assigned values converted to interfaces print as their value.

package p

import "fmt"

const c = 7

func f() {
	x := 5
	fmt.Println(x, c) // ERROR "\.\.\. argument does not escape$" "5 escapes to heap$" "7 escapes to heap$"
	var y int64 = 9
	fmt.Println(y) // ERROR "\.\.\. argument does not escape$" "int64\(9\) escapes to heap$"
}
