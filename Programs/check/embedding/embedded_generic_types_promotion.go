// run

package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T)  { l.items = append(l.items, v) }
func (l List[T]) Len() int { return len(l.items) }

type Named[T any] struct {
	List[T]
	Name string
}

type Registry struct {
	*Named[string]
	count int
}

func main() {
	n := Named[int]{Name: "nums"}
	n.Add(1)
	n.Add(2)
	fmt.Println(n.Name, n.Len(), n.items)
	r := Registry{&Named[string]{Name: "strs"}, 0}
	r.Add("a")
	fmt.Println(r.Len(), r.items, r.Name)
	var lener interface{ Len() int } = r
	fmt.Println(lener.Len())
}
