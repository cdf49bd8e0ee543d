// errorcheck

package main

func main() {
	s := []int{1, 2, 3}
	_ = [3]int(s)
	_ = [2]int(s[:2])
	_ = (*[3]int)(s)
	_ = [3]string(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \[3\]string"
	a := [3]int{}
	_ = []int(a) // ERROR "cannot convert a \(variable of type \[3\]int\) to type \[\]int"
	_ = [4]int(a) // ERROR "cannot convert a \(variable of type \[3\]int\) to type \[4\]int"
}
