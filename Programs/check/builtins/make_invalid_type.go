// errorcheck

package main

func main() {
	_ = make(int) // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
}
