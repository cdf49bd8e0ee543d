// errorcheck

package main

type T int
type P *T

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func main() {
}
