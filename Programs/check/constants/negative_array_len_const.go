// errorcheck

package main

const n = -1

var a [n]int // ERROR "invalid array length n \(untyped int constant -1\)"

func main() {
}
