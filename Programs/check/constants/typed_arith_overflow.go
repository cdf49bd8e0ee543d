// errorcheck

package main

const a int8 = 100
const b = a * 2 // ERROR "a \* 2 \(constant 200 of type int8\) overflows int8"

func main() {
}
