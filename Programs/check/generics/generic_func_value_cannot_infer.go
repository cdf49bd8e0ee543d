// errorcheck

package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Reverse) // ERROR "in call to fmt\.Println, cannot infer S \(declared at \$GOROOT/src/slices/slices\.go:[0-9]+:[0-9]+\)"
}
