// errorcheck

package main

func g(s string) int { return len(s) }

func main() {
	var f func(int) int = g // ERROR "cannot use g \(value of type func\(s string\) int\) as func\(int\) int value in variable declaration"
	_ = f
}
