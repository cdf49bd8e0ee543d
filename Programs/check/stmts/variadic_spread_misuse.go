// errorcheck

package main

func sum(xs ...int) int { return len(xs) }

func pair(a int, xs ...int) {}

func main() {
	xs := []int{1, 2}
	_ = sum(1, xs...) // ERROR "too many arguments in call to sum"
	pair(xs...) // ERROR "not enough arguments in call to pair"
	pair(1, 2, xs...) // ERROR "too many arguments in call to pair"
	var a [2]int
	_ = sum(a...) // ERROR "cannot use a \(variable of type \[2\]int\) as \[\]int value in argument to sum"
}
