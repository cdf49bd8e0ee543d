// errorcheck

package main

func main() {
	r := '\400' // ERROR "octal escape value 256 > 255"
	_ = r
}
