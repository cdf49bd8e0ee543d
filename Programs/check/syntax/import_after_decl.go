// errorcheck

package main

func f() {}

import "fmt" // ERROR "syntax error: imports must appear before other declarations"

func main() {
	fmt.Println()
}
