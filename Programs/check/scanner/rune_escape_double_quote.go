// errorcheck

package main

func main() {
	r := '\"' // ERROR "unknown escape"
	_ = r
}
