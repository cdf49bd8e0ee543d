// errorcheck

package main

type Inner1 struct{ Name string }
type Inner2 struct{ Name string }

type Mid1 struct{ Inner1 }
type Mid2 struct{ Inner2 }

type Outer struct {
	Mid1
	Mid2
}

type Outer2 struct {
	Mid1
	Inner2
}

func main() {
	var o Outer
	_ = o.Name // ERROR "ambiguous selector o\.Name"
	var o2 Outer2
	_ = o2.Name
}
