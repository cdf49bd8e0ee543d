// errorcheck

package main

import "fmt" // ERROR "\"fmt\" imported and not used"

func main() {
	fmt := "s"
	fmt.Println(fmt) // ERROR "fmt\.Println undefined \(type string has no field or method Println\)"
}
