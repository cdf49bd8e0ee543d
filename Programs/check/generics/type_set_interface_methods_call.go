// errorcheck

package main

type StringInt interface {
	~int | ~string
}

func F[T StringInt](x T) {
	_ = x + 1 // ERROR "invalid operation: x \+ 1 \(mismatched types T and untyped int\)"
	_ = x + x
	_ = len(x) // ERROR "invalid argument: x \(variable of type T constrained by StringInt\) for built-in len"
}

func main() {
}
