// errorcheck

package main

type A struct{}

func (a A, b A) M() {} // ERROR "method has multiple receivers"

func main() {
}
