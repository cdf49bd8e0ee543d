// errorcheck

package main

func main() {
	s := []int{1}
	defer len(s) // ERROR "defer discards result of len\(s\)"
}
