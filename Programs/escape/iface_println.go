// errorcheck -0 -m -l

// fmt.Println: arguments escape, the ... slice does not.

package p

import "fmt"

func f(x int, s string) { // ERROR "leaking param: s$"
	fmt.Println(x, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$"
}

func h() {
	fmt.Println("hello", 42) // ERROR "\.\.\. argument does not escape$" "\"hello\" escapes to heap$" "42 escapes to heap$"
}
