// run

// Embedding generic types several levels deep: promoted methods of Base[T] through Named[T] into a non-generic Employee, embedding by pointer, shadowing at an intermediate level, interface satisfaction by promoted methods, and an embedded generic interface field.

package main

import (
	"fmt"
	"strings"
)

type Base[T any] struct {
	ID   T
	tags []string
}

func (b Base[T]) Key() string      { return fmt.Sprintf("%v", b.ID) }
func (b *Base[T]) Tag(t string)    { b.tags = append(b.tags, t) }
func (b Base[T]) Tags() string     { return strings.Join(b.tags, ",") }
func (b Base[T]) Describe() string { return "base " + b.Key() }

type Named[T any] struct {
	Base[T]
	Name string
}

func (n Named[T]) Describe() string { return "named " + n.Name + " / " + n.Base.Describe() }

type Audited[T any] struct {
	*Named[T]
	Log []string
}

func (a *Audited[T]) Tag(t string) {
	a.Log = append(a.Log, "tag:"+t)
	a.Named.Tag(t) // promoted from Base through Named
}

type Employee struct {
	Audited[int]
	Dept string
}

type Keyed interface {
	Key() string
	Describe() string
}

type Store[T any] interface {
	Put(k string, v T)
	Get(k string) (T, bool)
}

type mapStore[T any] map[string]T

func (m mapStore[T]) Put(k string, v T)      { m[k] = v }
func (m mapStore[T]) Get(k string) (T, bool) { v, ok := m[k]; return v, ok }

// Cache embeds a generic interface; its methods are promoted too.
type Cache[T any] struct {
	Store[T]
	hits int
}

func (c *Cache[T]) Lookup(k string) T {
	v, ok := c.Get(k)
	if ok {
		c.hits++
	}
	return v
}

func describeAll(ks ...Keyed) {
	for _, k := range ks {
		fmt.Printf("%-6s %s\n", k.Key(), k.Describe())
	}
}

func main() {
	n := Named[string]{Base: Base[string]{ID: "u-7"}, Name: "Ada"}
	n.Tag("admin")
	fmt.Println(n.Key(), n.ID, n.Describe(), n.Tags())

	e := Employee{Audited: Audited[int]{Named: &Named[int]{Base: Base[int]{ID: 42}, Name: "Grace"}}, Dept: "R&D"}
	e.Tag("oncall")
	e.Tag("lead")
	e.Base.Tag("direct") // bypasses the audit log
	fmt.Println(e.Key(), e.ID, e.Name, e.Dept)
	fmt.Println(e.Describe())
	fmt.Println(e.Tags(), e.Log)
	alias := e.Named
	alias.Name = "Grace H."
	fmt.Println(e.Name, "(shared through pointer)")

	describeAll(n, e, &n, Base[float64]{ID: 2.5})
	var k Keyed = e.Audited
	fmt.Printf("%T %T\n", k, e.Audited.Named)

	c := &Cache[[]int]{Store: mapStore[[]int]{}}
	c.Put("primes", []int{2, 3, 5})
	c.Put("evens", []int{2, 4})
	fmt.Println(c.Lookup("primes"), c.Lookup("odds") == nil, c.Lookup("evens"), c.hits)
	if ms, ok := c.Store.(mapStore[[]int]); ok {
		fmt.Println(len(ms), "entries in", fmt.Sprintf("%T", ms))
	}
}
