// compile

package main

type I interface{ M() int }
type J interface{ M() string }

func main() {
	var i I
	_ = i.(J)
	_, ok := i.(interface{ M() string })
	_ = ok
}
