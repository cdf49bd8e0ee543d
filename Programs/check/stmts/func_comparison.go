// errorcheck

package main

func f() {}
func g() {}

func main() {
	_ = f == g // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
}
