// errorcheck

package main

func main() {
	defer 1 // ERROR "expression in defer must be function call"
}
