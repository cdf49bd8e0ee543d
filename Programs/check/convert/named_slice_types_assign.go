// errorcheck

package main

type A []int
type B []int

func main() {
	var a A
	var b B = a // ERROR "cannot use a \(variable of slice type A\) as B value in variable declaration"
	var c []int = a
	var d B = B(a)
	var e *B = &a // ERROR "cannot use &a \(value of type \*A\) as \*B value in variable declaration"
	_, _, _, _ = b, c, d, e
}
