// errorcheck

package main

type T struct{}
type P *T

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ N() }

func (i I) M() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func main() {
}
