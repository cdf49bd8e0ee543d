// errorcheck

package main

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	_ = _ // ERROR "cannot use _ as value or type"
	var y = _ + 1 // ERROR "cannot use _ as value or type"
	_() // ERROR "cannot use _ as value or type"
	_, _ = x, y
}
