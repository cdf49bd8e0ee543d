// errorcheck

package main

func main() {
	var i int = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	_ = i
}
