// errorcheck

package main

type T struct {
	A int `ok`
	B int "also ok"
	C int 42 // ERROR "invalid syntax tree: incorrect tag syntax: \"42\""
}

func main() {
}
