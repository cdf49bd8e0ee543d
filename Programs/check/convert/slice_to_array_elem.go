// errorcheck

package main

func main() {
	s := []int{1, 2}
	_ = [2]int64(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \[2\]int64"
}
