// errorcheck

package main

func f() [3]int { return [3]int{} }

func main() {
	_ = f()[1:] // ERROR "cannot slice unaddressable value f\(\) \(value of type \[3\]int\)"
}
