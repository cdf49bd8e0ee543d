// errorcheck

package main

import (
	"errors" // ERROR "\"errors\" imported and not used"
	"fmt"
	"sort" // ERROR "\"sort\" imported and not used"
)

func main() {
	fmt.Print()
}
