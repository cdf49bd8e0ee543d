// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Transform func(string) string

func (t Transform) Then(u Transform) Transform { return func(s string) string { return u(t(s)) } }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || (len(w[i]) == len(w[j]) && w[i] < w[j]) }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Bag map[string]int

func (b Bag) Add(s string) Bag { b[s]++; return b }

func (b Bag) Keys() []string {
	ks := make([]string, 0, len(b))
	for k := range b {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Num int

func (n *Num) Double() { *n *= 2 }

func main() {
	up := Transform(strings.ToUpper)
	ex := Transform(func(s string) string { return s + "!" })
	fmt.Println(up.Then(ex).Then(ex)("hi"))
	w := Words{"ccc", "a", "bb", "aa"}
	sort.Sort(w)
	fmt.Println(w)
	b := Bag{}
	b.Add("x").Add("y").Add("x")
	fmt.Println(b.Keys(), b["x"])
	n := Num(5)
	n.Double()
	(&n).Double()
	fmt.Println(n)
}
