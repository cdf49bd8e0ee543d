// errorcheck

package main

type NotIface int

// A non-interface constraint is shorthand for interface{ NotIface }.
func g[T NotIface]() {}

func main() {
	g[NotIface]()
	g[int]() // ERROR "int does not satisfy NotIface"
}
