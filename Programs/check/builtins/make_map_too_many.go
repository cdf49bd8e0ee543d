// errorcheck

package main

func main() {
	_ = make(map[int]int, 1, 2) // ERROR "invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3"
}
