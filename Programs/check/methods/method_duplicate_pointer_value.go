// errorcheck

package main

type T struct{}

func (T) M()  {}
func (*T) M() {} // ERROR "method T\.M already declared at \./method_duplicate_pointer_value\.go:7:10"

func (t T) N()  {}
func (t *T) n() {}

func main() {
}
