// compile

package main

type T struct {
	_ int
	_ string
	X int
}

func (T) _() {}

func _() {}

func _() {}

var _, _ = 1, 2

const _ = iota

func main() {
	_ = T{X: 1}
}
