// errorcheck

package main

func main() {
	for i = range []int{1} { // ERROR "undefined: i"
	}
}
