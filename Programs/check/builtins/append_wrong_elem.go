// errorcheck

package main

func main() {
	s := []int{}
	s = append(s, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to append"
}
