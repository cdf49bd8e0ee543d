// errorcheck

package main

func main() {
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2) // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	x := panic(1) // ERROR "panic\(1\) \(no value\) used as value"
	_ = recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	var r int = recover() // ERROR "cannot use recover\(\) \(value of type interface\{\}\) as int value in variable declaration: need type assertion"
	_, _ = x, r
}
