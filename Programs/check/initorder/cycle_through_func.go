// errorcheck

package main

var x = f() // ERROR "initialization cycle for x"

func f() int { return x + 1 }

func main() {
}
