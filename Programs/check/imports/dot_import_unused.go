// errorcheck

package main

import . "strings" // ERROR "\"strings\" imported and not used"

func main() {
}
