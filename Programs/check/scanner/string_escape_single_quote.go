// errorcheck

package main

func main() {
	s := "it\'s" // ERROR "unknown escape"
	_ = s
}
