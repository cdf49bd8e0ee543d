// errorcheck

package main

func main() {
	for i := range 1 << 70 { // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in range clause \(overflows\)"
		_ = i
	}
}
