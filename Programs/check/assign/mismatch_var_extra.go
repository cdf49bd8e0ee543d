// errorcheck

package main

var a, b = 1, 2, 3 // ERROR "extra init expr 3"

func main() {
}
