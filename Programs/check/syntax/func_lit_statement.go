// errorcheck

package main

func main() {
	func() {} // ERROR "func\(\) {} \(value of type func\(\)\) is not used"
}
