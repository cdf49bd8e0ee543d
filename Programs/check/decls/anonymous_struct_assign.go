// errorcheck

package main

type Point struct{ X, Y int }

func main() {
	a := struct{ X, Y int }{1, 2}
	var p Point = a
	var q struct{ X, Y int } = p
	b := struct {
		X int
		Y int `tag:"y"`
	}{}
	a = b // ERROR "cannot use b \(variable of type struct\{X int; Y int \"tag:\\\"y\\\"\"\}\) as struct\{X int; Y int\} value in assignment"
	c := struct{ Y, X int }{}
	a = c // ERROR "cannot use c \(variable of type struct\{Y int; X int\}\) as struct\{X int; Y int\} value in assignment"
	_, _ = p, q
}
