// errorcheck

package main

var v = iota // ERROR "cannot use iota outside constant declaration"

func main() {
}
