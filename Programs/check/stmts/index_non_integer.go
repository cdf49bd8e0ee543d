// errorcheck

package main

func main() {
	s := []int{1, 2, 3}
	_ = s[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = s["a"] // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
}
