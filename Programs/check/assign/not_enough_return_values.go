// errorcheck

package main

func f() (int, string) {
	return 1 // ERROR "not enough return values"
}

func main() {
	f()
}
