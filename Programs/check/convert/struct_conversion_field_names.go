// errorcheck

package main

type P struct {
	X int `json:"x"`
	Y int
}

type Q struct {
	X int
	Y int `yaml:"y"`
}

type R struct {
	X int
	Z int
}

type S struct {
	Y int
	X int
}

func main() {
	p := P{}
	_ = Q(p)
	_ = R(p) // ERROR "cannot convert p \(variable of struct type P\) to type R"
	_ = S(p) // ERROR "cannot convert p \(variable of struct type P\) to type S"
	_ = struct{ X, Y int }(p)
}
