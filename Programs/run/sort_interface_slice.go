// run

package main

import (
	"fmt"
	"sort"
)

type P struct {
	name string
	age  int
}

type byAge []P

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	var ps []P
	x := uint32(7)
	for i := 0; i < 300; i++ {
		x = x*1103515245 + 12345
		ps = append(ps, P{fmt.Sprint("p", i), int(x>>16) % 7})
	}
	a := append([]P(nil), ps...)
	sort.Sort(byAge(a))
	fmt.Println(a[:40])
	b := append([]P(nil), ps...)
	sort.Slice(b, func(i, j int) bool { return b[i].age < b[j].age })
	fmt.Println(b[:40], b[290:])
	c := append([]P(nil), ps...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].age > c[j].age })
	fmt.Println(c[:30])
	d := append([]P(nil), ps[:100]...)
	sort.Stable(byAge(d))
	fmt.Println(d[:30])
	ints := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.IntSlice(ints)), sort.SearchInts([]int{1, 3, 5, 7}, 5))
	i, found := sort.Find(4, func(i int) int { return 5 - []int{1, 3, 5, 7}[i] })
	fmt.Println(i, found)
	// desc input, many dups, big
	e := make([]P, 1000)
	for i := range e {
		e[i] = P{fmt.Sprint(i), (1000 - i) / 3}
	}
	sort.Slice(e, func(i, j int) bool { return e[i].age < e[j].age })
	fmt.Println(e[:20], e[980:])
	f := make([]P, 2000)
	for i := range f {
		f[i] = P{fmt.Sprint(i), i % 5}
	}
	sort.Sort(byAge(f))
	fmt.Println(f[:20], f[1990:])
}
