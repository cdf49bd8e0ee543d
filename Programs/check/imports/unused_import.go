// errorcheck

package main

import "os" // ERROR "\"os\" imported and not used"

func main() {
}
