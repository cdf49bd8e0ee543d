// errorcheck

package main

type A = B // ERROR "invalid recursive type"
type B = A

func main() {
}
