// errorcheck

package main

var a [1 << 62]int64 // ERROR "type \[4611686018427387904\]int64 larger than address space"

func main() {
	_ = a
}
