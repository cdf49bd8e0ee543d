// errorcheck

package main

type = int // ERROR "syntax error: unexpected =, expected name"

func main() {
}
