// errorcheck

package main

var m map[[]int]bool // ERROR "invalid map key type \[\]int"

func main() {
}
