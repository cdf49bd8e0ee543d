// errorcheck

package main

func main() {
	x := 1
	_ = x[int] // ERROR "cannot index x \(variable of type int\)"
	var f func(int) int
	_ = f[int] // ERROR "cannot index f \(variable of type func\(int\) int\)"
}
