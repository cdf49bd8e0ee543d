// run

// f(g()) into a variadic f: the ... array holds every value g returns.
package main

import "fmt"

type obj struct{ n int }

func pair(a, b *obj) (*obj, *obj) { return a, b }

func sum(xs ...*obj) int {
	t := 0
	for _, x := range xs {
		t += x.n
	}
	return t
}

func main() {
	x, y := obj{1}, obj{2}
	fmt.Println(sum(pair(&x, &y)))
}
