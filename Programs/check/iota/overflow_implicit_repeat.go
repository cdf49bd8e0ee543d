// errorcheck

package main

const (
	a uint8 = 254 + iota
	b
	c // ERROR "cannot use 254 \+ iota \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
)

func main() {
}
