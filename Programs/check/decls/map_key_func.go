// errorcheck

package main

type K struct {
	f func()
}

var m map[K]int // ERROR "invalid map key type K"

func main() {
}
