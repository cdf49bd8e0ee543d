// errorcheck

package main

var a ["3"]int // ERROR "array length \"3\" \(untyped string constant\) must be integer|invalid array length"

func main() {
}
