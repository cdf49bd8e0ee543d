// errorcheck

package main

type MyInt int

func main() {
	var s []int
	var t []MyInt = s // ERROR "cannot use s \(variable of type \[\]int\) as \[\]MyInt value in variable declaration"
	_ = t
}
