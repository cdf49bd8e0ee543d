// errorcheck

package main

func main() {
	c := 1 + 2i
	_ = float64(c) // ERROR "cannot convert c \(variable of type complex128\) to type float64"
}
