// errorcheck

package main

type MyInt int

type C interface {
	~MyInt // ERROR "invalid use of ~ \(underlying type of MyInt is int\)"
}

func main() {
}
