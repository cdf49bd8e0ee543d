// errorcheck

package main

const c = 1

func main() {
	p := &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 1\)"
	_ = p
}
