// errorcheck

package main

const f = 1.0 / 0.0 // ERROR "invalid operation: division by zero"

func main() {
}
