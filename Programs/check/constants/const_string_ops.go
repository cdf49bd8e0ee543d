// errorcheck

package main

func main() {
	const s = "abc"
	const c = s[0] // ERROR "s\[0\] \(value of type byte\) is not constant"
	const l = len(s + "d")
	var x [l]int
	_ = x
	const sub = s[1:] // ERROR "s\[1:\] \(value of type string\) is not constant"
	_ = c
	_ = sub
}
