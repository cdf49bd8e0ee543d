// errorcheck

package main

var y = 1

var x y // ERROR "y \(package-level variable\) is not a type"

func main() {
}
