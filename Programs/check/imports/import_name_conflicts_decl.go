// errorcheck

package main

import "fmt" // ERROR "\"fmt\" imported and not used"

var fmt = 1 // ERROR "fmt already declared through import of package fmt \(\"fmt\"\)"

func main() {
	_ = fmt // ERROR "use of package fmt not in selector"
}
