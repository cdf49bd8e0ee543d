// errorcheck

package main

func main() {
	a := 1
	var b int64 = a // ERROR "cannot use a \(variable of type int\) as int64 value in variable declaration"
	_ = b
}
