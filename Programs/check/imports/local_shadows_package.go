// errorcheck

package main

import "fmt"

func main() {
	fmt.Println("ok")
	fmt := "shadow"
	fmt.Println("x") // ERROR "fmt\.Println undefined \(type string has no field or method Println\)"
}
