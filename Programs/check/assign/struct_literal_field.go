// errorcheck

package main

type T struct {
	Name string
	Age  int
}

func main() {
	t := T{Name: 3, Age: 4} // ERROR "cannot use 3 \(untyped int constant\) as string value in struct literal"
	_ = t
}
