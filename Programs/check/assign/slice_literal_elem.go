// errorcheck

package main

func main() {
	s := []string{1, "b"} // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
	_ = s
}
