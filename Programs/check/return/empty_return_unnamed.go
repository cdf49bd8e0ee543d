// errorcheck

package main

func f() int {
	return // ERROR "not enough return values"
}

func main() {
	f()
}
