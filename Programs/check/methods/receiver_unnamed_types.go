// errorcheck

package main

func (m map[string]int) Get() {} // ERROR "invalid receiver type map\[string\]int"

func (s []int) Len() int { return len(s) } // ERROR "invalid receiver type \[\]int"

func (f func()) Call() {} // ERROR "invalid receiver type func\(\)"

func main() {
}
