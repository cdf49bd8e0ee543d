// errorcheck -0 -m -l

// defer with only constant arguments: a wrapper without captures.

package p

import "fmt"

func f() {
	defer fmt.Println("done") // ERROR "\"done\" escapes to heap$" "\.\.\. argument does not escape$"
}

func h() {
	defer println("x")
}
