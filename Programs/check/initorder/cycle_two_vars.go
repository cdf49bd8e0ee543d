// errorcheck

package main

var a = b // ERROR "initialization cycle for a"
var b = a

func main() {
}
