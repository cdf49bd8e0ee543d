// errorcheck

package main

func Id[T any](x T) T { return x }

func main() {
	_ = Id[int] == nil
	_ = Id[int] == Id[int] // ERROR "invalid operation: Id\[int\] == Id\[int\] \(func can only be compared to nil\)"
}
