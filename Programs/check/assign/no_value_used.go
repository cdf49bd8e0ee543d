// errorcheck

package main

import "fmt"

func nothing() {}

func main() {
	fmt.Println(nothing()) // ERROR "nothing\(\) \(no value\) used as value"
	x := nothing()         // ERROR "nothing\(\) \(no value\) used as value"
	_ = x
}
