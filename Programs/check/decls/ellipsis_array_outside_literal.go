// errorcheck

package main

var a [...]int // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"

func main() {
}
