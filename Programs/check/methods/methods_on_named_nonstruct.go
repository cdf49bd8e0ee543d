// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || len(w[i]) == len(w[j]) && w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

func main() {
	w := Words(strings.Fields("pear fig apple kiwi banana"))
	sort.Sort(w)
	fmt.Println(w)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(len(s), s["x"], s["z"])
}
