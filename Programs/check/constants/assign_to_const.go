// errorcheck

package main

const c = 1

func main() {
	c = 2 // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
}
