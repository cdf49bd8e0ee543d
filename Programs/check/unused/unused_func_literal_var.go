// errorcheck

package main

func main() {
	f := func() {} // ERROR "declared and not used: f"
	var g func() = func() {}
	g()
}
