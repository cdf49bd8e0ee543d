// errorcheck

package main

func main() {
	var i any = 1
	_ = int(i) // ERROR "cannot convert i \(variable of interface type any\) to type int: need type assertion"
}
