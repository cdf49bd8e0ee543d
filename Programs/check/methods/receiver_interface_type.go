// errorcheck

package main

type I interface{ M() }

func (i I) N() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func main() {
}
