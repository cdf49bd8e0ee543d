// errorcheck

package main

func f(n int) {}

func main() {
	f("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to f"
}
