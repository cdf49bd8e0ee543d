// errorcheck

package main

var a [1 << 62]int64

var b [1 << 70]byte // ERROR "invalid array length 1 << 70 \(untyped int constant 1180591620717411303424\)"

func main() {
	_ = a
	_ = b
}
