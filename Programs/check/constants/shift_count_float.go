// errorcheck

package main

func main() {
	x := 1
	_ = x << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
}
