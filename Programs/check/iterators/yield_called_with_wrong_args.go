// errorcheck

package main

func seq(yield func(int, string) bool) {
	yield(1) // ERROR "not enough arguments in call to yield"
	yield("a", 1) // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to yield" "cannot use 1 \(untyped int constant\) as string value in argument to yield"
}

func main() {
}
