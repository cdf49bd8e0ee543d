// errorcheck

package main

type Handler func(string) int
type Other func(string) int

func h(s string) int { return 0 }

func main() {
	var a Handler = h
	var b Other = a // ERROR "cannot use a \(variable of func type Handler\) as Other value in variable declaration"
	c := Other(a)
	var d func(int) int = h // ERROR "cannot use h \(value of type func\(s string\) int\) as func\(int\) int value in variable declaration"
	_, _, _ = b, c, d
}
