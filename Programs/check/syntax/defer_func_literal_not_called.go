// errorcheck

package main

func main() {
	defer func() {} // ERROR "expression in defer must be function call"
}
