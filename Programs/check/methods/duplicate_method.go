// errorcheck

package main

type T struct{}

func (T) M() {}
func (T) M() {} // ERROR "method T\.M already declared at \./duplicate_method\.go:7:10"

func main() {
}
