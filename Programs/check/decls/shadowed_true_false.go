// errorcheck

package main

func main() {
	true := 0
	var b bool = true // ERROR "cannot use true \(variable of type int\) as bool value in variable declaration"
	if true { // ERROR "non-boolean condition in if statement"
	}
	_ = b
}
