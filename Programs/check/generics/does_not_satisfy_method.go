// errorcheck

package main

import "fmt"

func Show[T fmt.Stringer](v T) string { return v.String() }

func main() {
	_ = Show(42) // ERROR "int does not satisfy fmt\.Stringer \(missing method String\)"
}
