// errorcheck

package main

func main() {
	var a float32 = 1
	var b float64 = 2
	_ = complex(a, b) // ERROR "invalid operation: complex\(a, b\) \(mismatched types float32 and float64\)"
}
