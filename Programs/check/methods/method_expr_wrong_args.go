// errorcheck

package main

type T struct{ n int }

func (t T) Add(k int) int { return t.n + k }

func main() {
	f := T.Add
	_ = f(1) // ERROR "not enough arguments in call to f"
	_ = f(T{}, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to f"
	_ = f(T{}, 1, 2) // ERROR "too many arguments in call to f"
}
