// errorcheck

package main

import f "fmt" // ERROR "\"fmt\" imported as f and not used"

func main() {
}
