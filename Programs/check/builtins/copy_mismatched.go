// errorcheck

package main

func main() {
	a := []int{1}
	b := []string{"x"}
	copy(a, b) // ERROR "invalid copy: arguments a \(variable of type \[\]int\) and b \(variable of type \[\]string\) have different element types int and string"
}
