// errorcheck

package main

func main() {
	var a [3]int
	var b [4]int = a // ERROR "cannot use a \(variable of type \[3\]int\) as \[4\]int value in variable declaration"
	_ = b
}
