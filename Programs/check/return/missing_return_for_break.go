// errorcheck

package main

func f() int {
	for {
		break
	}
} // ERROR "missing return"

func main() {
	f()
}
