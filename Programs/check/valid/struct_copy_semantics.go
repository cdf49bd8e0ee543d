// run

package main

import "fmt"

type Inner struct{ vals [2]int }
type Outer struct {
	in    Inner
	ptr   *Inner
	slice []int
	m     map[string]int
}

func main() {
	shared := &Inner{}
	a := Outer{Inner{[2]int{1, 2}}, shared, []int{1}, map[string]int{"k": 1}}
	b := a
	b.in.vals[0] = 100
	b.ptr.vals[0] = 200
	b.slice[0] = 300
	b.m["k"] = 400
	fmt.Println(a.in.vals, a.ptr.vals, a.slice, a.m["k"])
	fmt.Println(b.in.vals, b.ptr.vals, b.slice, b.m["k"])
	b.slice = append(b.slice, 5)
	fmt.Println(len(a.slice), len(b.slice))
}
