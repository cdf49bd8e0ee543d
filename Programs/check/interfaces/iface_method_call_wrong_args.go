// errorcheck

package main

type I interface{ M(int) string }

func f(i I) {
	_ = i.M("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to i\.M"
}

func main() {
}
