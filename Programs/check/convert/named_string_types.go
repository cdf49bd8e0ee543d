// errorcheck

package main

type Name string
type Bytes []byte

func main() {
	var n Name = "x"
	var s string = n // ERROR "cannot use n \(variable of string type Name\) as string value in variable declaration"
	var b Bytes = []byte(n)
	var c Bytes = Bytes(n)
	var m Name = Name(b)
	_, _, _, _ = s, b, c, m
	var r []rune = Bytes("x") // ERROR "cannot use Bytes\(\"x\"\) \(value of slice type Bytes\) as \[\]rune value in variable declaration"
	_ = r
}
