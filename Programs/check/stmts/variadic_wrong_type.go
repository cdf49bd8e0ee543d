// errorcheck

package main

func sum(xs ...int) int { return 0 }

func main() {
	ss := []string{"a"}
	sum(ss...)   // ERROR "cannot use ss \(variable of type \[\]string\) as \[\]int value in argument to sum"
	sum(1, "b") // ERROR "cannot use \"b\" \(untyped string constant\) as int value in argument to sum"
}
