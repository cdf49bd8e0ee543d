// errorcheck

package main

import (
	"fmt"
	"math/bits" // ERROR "\"math/bits\" imported and not used"
	"strings"   // ERROR "\"strings\" imported and not used"
)

func main() {
	fmt.Println()
}
