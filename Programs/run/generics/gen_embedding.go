// run

// Embedding instantiated generic types in structs; promoted methods, shadowing, and generic types embedding generic types.

package main

import "fmt"

type Bag[T any] struct {
	items []T
}

func (b *Bag[T]) Add(xs ...T)   { b.items = append(b.items, xs...) }
func (b Bag[T]) Count() int     { return len(b.items) }
func (b Bag[T]) Describe() string { return fmt.Sprintf("Bag of %d", len(b.items)) }

type Named struct {
	Bag[string]
	Name string
}

func (n Named) Describe() string { return n.Name + ": " + n.Bag.Describe() }

type Counted[T comparable] struct {
	*Bag[T]
	hits map[T]int
}

func NewCounted[T comparable]() Counted[T] {
	return Counted[T]{&Bag[T]{}, map[T]int{}}
}

func (c Counted[T]) Add(xs ...T) {
	for _, x := range xs {
		c.hits[x]++
	}
	c.Bag.Add(xs...)
}

type Describer interface{ Describe() string }

func main() {
	var n Named
	n.Name = "fruits"
	n.Add("apple", "pear")
	n.Bag.Add("plum")
	fmt.Println(n.Count(), n.items, n.Describe())
	var d Describer = n
	fmt.Println(d.Describe())
	d = n.Bag
	fmt.Println(d.Describe())
	c := NewCounted[int]()
	c.Add(1, 2, 2, 3, 3, 3)
	fmt.Println(c.Count(), c.hits[3], c.items)
	fmt.Println(c.Describe())
	c2 := c
	c2.Add(9)
	fmt.Println(c.Count(), c.hits[9])
	type Wrapper[T any] struct {
		Bag[T]
		Extra T
	}
	w := Wrapper[float64]{Extra: 1.5}
	w.Add(0.5, w.Extra)
	fmt.Printf("%v %+v\n", w.Count(), w)
}
