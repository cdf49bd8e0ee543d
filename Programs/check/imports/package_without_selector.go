// errorcheck

package main

import "fmt" // ERROR "\"fmt\" imported and not used"

func main() {
	x := fmt // ERROR "use of package fmt not in selector"
	_ = x
}
