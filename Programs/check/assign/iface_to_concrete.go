// errorcheck

package main

func main() {
	var i any = 1
	var n int = i // ERROR "cannot use i \(variable of interface type any\) as int value in variable declaration: need type assertion"
	_ = n
}
