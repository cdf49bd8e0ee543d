// errorcheck

package main

func f(a, b int) {}

func main() {
	f(1) // ERROR "not enough arguments in call to f"
}
