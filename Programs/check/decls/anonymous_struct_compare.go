// errorcheck

package main

func main() {
	a := struct{ s []int }{}
	b := struct{ s []int }{}
	_ = a == b // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
	c := struct{ m map[int]int }{}
	_ = c != c // ERROR "invalid operation: c != c \(struct containing map\[int\]int cannot be compared\)"
	d := struct{ f func() }{}
	_ = d == d // ERROR "invalid operation: d == d \(struct containing func\(\) cannot be compared\)"
	m := map[struct{ s []int }]int{} // ERROR "invalid map key type struct\{s \[\]int\}"
	_ = m
}
