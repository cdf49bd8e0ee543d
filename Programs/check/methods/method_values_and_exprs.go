// run

package main

import "fmt"

type P struct{ x int }

func (p P) Show() string   { return fmt.Sprint("P", p.x) }
func (p *P) Set(v int)     { p.x = v }
func (p P) Add(n int) int { return p.x + n }

func main() {
	p := P{1}
	show := p.Show
	p.x = 2
	fmt.Println(show(), p.Show())
	set := p.Set
	set(7)
	fmt.Println(p.x)
	f := P.Add
	fmt.Println(f(p, 3))
	g := (*P).Set
	g(&p, 9)
	fmt.Println(p.x)
	h := (*P).Show
	fmt.Println(h(&p))
	fmt.Printf("%T\n%T\n", f, g)
}
