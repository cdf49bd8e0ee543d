// errorcheck

package main

const n int8 = 10

func main() {
	for i := range n {
		var x int = i // ERROR "cannot use i \(variable of type int8\) as int value in variable declaration"
		_ = x
	}
}
