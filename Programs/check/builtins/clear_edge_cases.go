// errorcheck

package main

func main() {
	var arr [3]int
	clear(arr) // ERROR "invalid argument: cannot clear arr \(variable of type \[3\]int\): argument must be \(or constrained by\)"
	clear(&arr) // ERROR "invalid argument: cannot clear &arr \(value of type \*\[3\]int\): argument must be \(or constrained by\) map or slice"
	s := "abc"
	clear(s) // ERROR "invalid argument: cannot clear s \(variable of type string\): argument must be \(or constrained by\) map or slice"
	clear() // ERROR "invalid operation: not enough arguments for clear\(\) \(expected 1, found 0\)"
	m := map[int]int{}
	clear(m, m) // ERROR "invalid operation: too many arguments for clear\(m, m\) \(expected 1, found 2\)"
	x := clear(m) // ERROR "clear\(m\) \(no value\) used as value"
	_ = x
}
