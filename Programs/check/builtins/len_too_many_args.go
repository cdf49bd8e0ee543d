// errorcheck

package main

func main() {
	_ = len("a", "b") // ERROR "too many arguments for len\(\"a\", \"b\"\) \(expected 1, found 2\)"
}
