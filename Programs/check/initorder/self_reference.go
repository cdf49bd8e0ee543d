// errorcheck

package main

var x int = x // ERROR "initialization cycle: x refers to itself"

func main() {
}
