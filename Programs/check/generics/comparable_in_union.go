// errorcheck

package main

type C interface {
	comparable | int // ERROR "cannot use comparable in union"
}

type D interface {
	any | string
}

func main() {
}
