// errorcheck

package main

func main() {
	_ = int8(200) // ERROR "constant 200 overflows int8"
	_ = uint(-1)  // ERROR "constant -1 overflows uint"
}
