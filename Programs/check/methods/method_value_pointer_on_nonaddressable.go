// errorcheck

package main

type T struct{}

func (*T) M() {}

func main() {
	T{}.M() // ERROR "cannot call pointer method M on T"
}
