// errorcheck

package main

const big = 1 << 100

func main() {
	x := big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment \(overflows\)"
	_ = x
}
