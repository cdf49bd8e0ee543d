// errorcheck

package main

func main() {
	panic() // ERROR "not enough arguments for panic\(\) \(expected 1, found 0\)"
}
