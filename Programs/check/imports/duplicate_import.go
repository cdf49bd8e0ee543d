// errorcheck

package main

import "fmt"
import "fmt" // ERROR "fmt redeclared in this block" "\"fmt\" imported and not used"

func main() {
	fmt.Println()
}
