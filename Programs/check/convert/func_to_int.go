// errorcheck

package main

func f() {}

func main() {
	_ = uintptr(f) // ERROR "cannot convert f \(value of type func\(\)\) to type uintptr"
}
