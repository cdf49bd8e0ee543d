// run

package main

import (
	"cmp"
	"fmt"
)

type Ordered interface {
	cmp.Ordered
}

type Named interface {
	Name() string
}

type OrderedNamed[K Ordered] interface {
	Named
	Key() K
}

type item struct {
	k int
	n string
}

func (i item) Name() string { return i.n }
func (i item) Key() int     { return i.k }

func Largest[K Ordered, T OrderedNamed[K]](xs []T) string {
	best := xs[0]
	for _, x := range xs[1:] {
		if cmp.Compare(x.Key(), best.Key()) > 0 {
			best = x
		}
	}
	return best.Name()
}

func main() {
	fmt.Println(Largest[int]([]item{{1, "a"}, {7, "b"}, {3, "c"}}))
	fmt.Println(Largest[int, item]([]item{{-1, "neg"}}))
}
