// errorcheck

package main

func main() {
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 2, 1) // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make(chan int, "x") // ERROR "cannot convert \"x\" \(untyped string constant\) to type int"
	_ = make(int) // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	_ = new(int, 5) // ERROR "invalid operation: too many arguments for new\(int, 5\) \(expected 1, found 2\)"
	n := 3
	_ = make([]int, n, 1)
}
