// run

package main

import "fmt"

type Counter struct{ hits []int; n int }

func (c Counter) IncVal()  { c.n++; c.hits = append(c.hits, c.n) }
func (c *Counter) IncPtr() { c.n++; c.hits = append(c.hits, c.n) }

type Wrapper struct{ *Counter }

func main() {
	c := Counter{hits: make([]int, 0, 4)}
	c.IncVal()
	c.IncPtr()
	c.IncVal()
	fmt.Println(c.n, c.hits, c.hits[:cap(c.hits)][:2])
	cs := []Counter{{}, {}}
	for _, cc := range cs {
		cc.IncPtr()
	}
	for i := range cs {
		cs[i].IncPtr()
	}
	fmt.Println(cs[0].n, cs[1].n)
	m := map[string]*Counter{"a": {}}
	m["a"].IncPtr()
	fmt.Println(m["a"].n)
	w := Wrapper{&c}
	w.IncPtr()
	w.IncVal()
	fmt.Println(c.n)
	arr := [2]Counter{}
	arr[1].IncPtr()
	p := &arr
	p[0].IncPtr()
	fmt.Println(arr[0].n, arr[1].n)
}
