// errorcheck

package main

var a [1.5]int // ERROR "array length 1\.5 \(untyped float constant\) must be integer"

func main() {
}
