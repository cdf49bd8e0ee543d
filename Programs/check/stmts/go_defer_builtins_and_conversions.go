// errorcheck

package main

func main() {
	s := []int{1}
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	go append(s, 1) // ERROR "go discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer copy(s, s)
	go len(s) // ERROR "go discards result of len\(s\) \(value of type int\)"
	defer panic("x")
	defer print("x")
}
