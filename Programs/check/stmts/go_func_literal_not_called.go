// errorcheck

package main

func main() {
	go func() {} // ERROR "expression in go must be function call"
	defer func() {} // ERROR "expression in defer must be function call"
}
