// errorcheck

package main

const iota = 7

const (
	A = iota
	B
)

func main() {
	append := func(s []int, v int) []int { return s }
	_ = append([]int{}, 1, 2) // ERROR "too many arguments in call to append"
	var x [B]int
	_ = x
}
