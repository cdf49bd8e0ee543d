// errorcheck

package main

type I interface{ M() }

type Base struct{}

func (*Base) M() {}

type ByValue struct{ Base }
type ByPointer struct{ *Base }

func main() {
	var i I
	i = ByPointer{&Base{}}
	i = &ByValue{}
	i = ByValue{} // ERROR "ByValue does not implement I \(method M has pointer receiver\)"
	_ = i
}
