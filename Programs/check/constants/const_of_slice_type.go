// errorcheck

package main

const s []int = nil // ERROR "invalid constant type \[\]int"

func main() {
}
