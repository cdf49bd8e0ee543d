// errorcheck

package main

type I interface{ Close() error }

type F struct{}

func (F) close() error { return nil }

type G struct{}

func (G) Close() {}

func main() {
	var _ I = F{} // ERROR "cannot use F\{\} \(value of struct type F\) as I value in variable declaration: F does not implement I"
	var _ I = G{} // ERROR "cannot use G\{\} \(value of struct type G\) as I value in variable declaration: G does not implement I"
}
