// errorcheck

package main

type T struct{}

func (*T) M() {}

func main() {
	f := T.M // ERROR "invalid method expression T\.M \(needs pointer receiver \(\*T\)\.M\)"
	_ = f
}
