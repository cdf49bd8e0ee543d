// errorcheck

package main

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	arr [2]A
}

func main() {
}
