// errorcheck

package main

type T struct{}

func (t *T) M() {}
func (t T) V()  {}

func main() {
	_ = T.M // ERROR "invalid method expression T\.M \(needs pointer receiver \(\*T\)\.M\)"
	_ = (*T).V
	_ = T.V
	_ = T{}.M // ERROR "cannot call pointer method M on T"
}
