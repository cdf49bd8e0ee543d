// errorcheck

package main

const zf float32 = 0
const zc complex64 = 0
const zu uint = 0

func main() {
	_ = 1 / zf // ERROR "invalid operation: division by zero"
	_ = 2 / zc // ERROR "invalid operation: division by zero"
	_ = 3 % zu // ERROR "invalid operation: division by zero"
	var x uint8 = 5
	x /= 0 // ERROR "invalid operation: division by zero"
	x %= zu // ERROR "invalid operation: x %= zu \(mismatched types uint8 and uint\)"
}
