// errorcheck

package main

import "fmt"

type C interface {
	int | fmt.Stringer // ERROR "cannot use fmt\.Stringer in union \(fmt\.Stringer contains methods\)"
}

func main() {
}
