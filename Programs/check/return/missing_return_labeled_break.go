// errorcheck

package main

func f() int {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"

func main() {
	f()
}
