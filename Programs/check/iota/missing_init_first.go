// errorcheck

package main

const (
	a // ERROR "missing init expr for a"
	b // ERROR "missing init expr for b"
)

func main() {
}
