// errorcheck

package main

func main() {
	continue // ERROR "continue is not in a loop"
}
