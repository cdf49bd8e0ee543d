// errorcheck

package main

import "unsafe" // ERROR "\"unsafe\" imported and not used"

func main() {
}
