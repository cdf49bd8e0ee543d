// errorcheck

package main

const c = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"

func main() {
}
