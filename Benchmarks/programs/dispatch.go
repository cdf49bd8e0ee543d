// Interface method dispatch, closures, type switches and sorting through sort.Interface.
package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64   { return r.w * r.h }
func (c Circle) Area() float64 { return 3 * c.r * c.r }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	shapes := make([]Shape, 0, 100_000)
	for i := 0; i < 100_000; i++ {
		if i%3 == 0 {
			shapes = append(shapes, Circle{float64(i % 97)})
		} else {
			shapes = append(shapes, Rect{float64(i % 89), float64(i % 13)})
		}
	}
	total := 0.0
	for k := 0; k < 40; k++ {
		for _, s := range shapes {
			total += s.Area()
		}
	}
	circles := 0
	for _, s := range shapes {
		switch s.(type) {
		case Circle:
			circles++
		}
	}
	add := func(x int) func(int) int { return func(y int) int { return x + y } }
	acc := 0
	for i := 0; i < 1_200_000; i++ {
		acc = add(i)(acc) % 1_000_003
	}
	sort.Sort(byArea(shapes))
	fmt.Println(total, circles, acc, shapes[0].Area(), shapes[len(shapes)-1].Area())
}
