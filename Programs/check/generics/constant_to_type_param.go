// errorcheck

package main

func F[T any]() {
	var x T = 0 // ERROR "cannot use 0 \(untyped int constant\) as T value in variable declaration"
	_ = x
}

func G[T ~int | ~float64]() {
	var a T = 1
	var b T = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as T value in variable declaration"
	var c T = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as T value in variable declaration"
	_, _, _ = a, b, c
}

func main() {
	F[int]()
	G[int]()
}
