// errorcheck

package main

var a, b = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values|extra init expr"

func main() {
}
