// errorcheck

package main

type T T // ERROR "invalid recursive type: T refers to itself"

func main() {
}
