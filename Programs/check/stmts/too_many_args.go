// errorcheck

package main

func f(a int) {}

func main() {
	f(1, 2, "x") // ERROR "too many arguments in call to f"
}
