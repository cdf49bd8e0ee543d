// errorcheck

package main

type MyInt int

func main() {
	i := 1
	var m MyInt = i // ERROR "cannot use i \(variable of type int\) as MyInt value in variable declaration"
	var n int = m   // ERROR "cannot use m \(variable of int type MyInt\) as int value in variable declaration"
	_ = n
}
