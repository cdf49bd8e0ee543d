// errorcheck

package main

const a, b = 1, 2, 3 // ERROR "extra init expr"

func main() {
}
