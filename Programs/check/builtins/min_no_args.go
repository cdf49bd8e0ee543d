// errorcheck

package main

func main() {
	_ = min() // ERROR "not enough arguments for min\(\) \(expected 1, found 0\)"
}
