// errorcheck

package main

func main() {
	f := len // ERROR "len \(built-in\) must be called"
	_ = f
}
