// errorcheck

package main

func main() {
	switch {
	default:
	default: // ERROR "multiple defaults"
	}
}
