// errorcheck

package main

type S struct{}

const a = S{} // ERROR "S\{\} \(value of struct type S\) is not constant"
const b []int = nil // ERROR "invalid constant type \[\]int"
const c *int = nil // ERROR "invalid constant type \*int"
const d = []int{1} // ERROR "\[\]int\{…\} \(value of type \[\]int\) is not constant"
const e error = nil // ERROR "invalid constant type error"

func main() {
}
