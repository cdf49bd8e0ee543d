// errorcheck

package main

func main() {
	_ = struct{ a, b int }{1} // ERROR "too few values in struct literal of type struct\{a int; b int\}"
	_ = struct{ a, b int }{a: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = struct{ a, b int }{c: 1} // ERROR "unknown field c in struct literal of type struct\{a int; b int\}"
	_ = struct{ a, b int }{1, 2, 3} // ERROR "too many values in struct literal of type struct\{a int; b int\}"
	_ = struct{ a int }{"s"} // ERROR "cannot use \"s\" \(untyped string constant\) as int value in struct literal"
}
