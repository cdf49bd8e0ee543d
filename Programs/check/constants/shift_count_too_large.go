// errorcheck

package main

const c = 1 << 10000 // ERROR "shift count too large|invalid shift count"

func main() {
}
