// errorcheck

package main

func main() {
	_ = nil // ERROR "use of untyped nil in assignment"
}
