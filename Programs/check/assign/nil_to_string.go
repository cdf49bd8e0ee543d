// errorcheck

package main

func main() {
	s := "a"
	s = nil // ERROR "cannot use nil as string value in assignment"
	_ = s
}
