// errorcheck

package main

func f(x int) {}

func main() {
	f[int](1) // ERROR "cannot index f \(value of type func\(x int\)\)"
}
