// errorcheck

package main

func main() {
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	const s = "hello"
	_ = s[10] // ERROR "invalid argument: index 10 out of bounds \[0:5\]"
	a := [3]int{}
	_ = a[1<<63] // ERROR "1 << 63 \(untyped int constant 9223372036854775808\) overflows int"
	sl := []int{1}
	_ = sl[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 1<<63) // ERROR "1 << 63 \(untyped int constant 9223372036854775808\) overflows int"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
}
