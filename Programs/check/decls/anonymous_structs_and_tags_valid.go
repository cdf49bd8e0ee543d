// run

package main

import (
	"fmt"
	"unsafe"
)

type Named struct {
	ID   int    `json:"id" db:"pk"`
	Name string `json:"name,omitempty"`
}

func main() {
	a := struct {
		ID   int
		Name string
	}{1, "x"}
	var n Named = Named(a)
	fmt.Println(n)
	type Plain struct {
		ID   int
		Name string
	}
	pl := Plain(n)
	n2 := Named(pl)
	fmt.Println(pl, n2 == n)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range pts {
		fmt.Print(p.X+p.Y, " ")
	}
	fmt.Println()
	m := map[struct{ a, b string }]int{{"x", "y"}: 1}
	m[struct{ a, b string }{"x", "y"}]++
	fmt.Println(m)
	var empty struct{}
	fmt.Println(empty == struct{}{}, unsafe.Sizeof(empty))
	nested := struct {
		Inner struct{ V []int }
		F     func() string
	}{F: func() string { return "called" }}
	nested.Inner.V = append(nested.Inner.V, 7)
	fmt.Println(nested.Inner.V, nested.F())
	fmt.Printf("%+v\n", struct {
		A int
		B string
	}{2, "b"})
}
