// errorcheck

package main

func id[T any](x T) T { return x }

func main() {
	f := id // ERROR "cannot use generic function id without instantiation"
	_ = f
}
