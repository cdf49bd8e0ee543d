// run

package main

import "fmt"

type Mover interface{ Move() string }
type Namer interface{ Name() string }
type Both interface {
	Mover
	Namer
}

type Car struct{ n string }

func (c Car) Name() string  { return c.n }
func (c *Car) Move() string { return c.n + " moves" }

func main() {
	c := Car{"vw"}
	var n Namer = c
	var b Both = &c
	fmt.Println(n.Name(), b.Move(), b.Name())
	var m Mover = b
	fmt.Println(m.Move())
	_, isBoth := any(c).(Both)
	_, ptrIsBoth := any(&c).(Both)
	fmt.Println(isBoth, ptrIsBoth)
	things := []any{c, &c, 3}
	for _, t := range things {
		if nm, ok := t.(Namer); ok {
			fmt.Println("namer:", nm.Name())
		} else {
			fmt.Println("not a namer:", t)
		}
	}
}
