// run

package main

import (
	"fmt"
	"sort"
)

type kv struct{ k, id int }

func check(name string, keys []int) {
	a := make([]kv, len(keys))
	for i, k := range keys {
		a[i] = kv{k, i}
	}
	sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
	h := 0
	for i, e := range a {
		h = h*31 + e.id*7 + i
		h &= 0xffffffff
	}
	fmt.Println(name, len(a), h, a[:5])
}

func main() {
	n := 3000
	organ := make([]int, n)
	saw := make([]int, n)
	dup := make([]int, n)
	mostly := make([]int, n)
	for i := 0; i < n; i++ {
		if i < n/2 {
			organ[i] = i
		} else {
			organ[i] = n - i
		}
		saw[i] = i % 97
		dup[i] = (i * 7919) % 13
		mostly[i] = i
	}
	mostly[10], mostly[2000] = mostly[2000], mostly[10]
	check("organ", organ)
	check("saw", saw)
	check("dup", dup)
	check("mostly", mostly)
	rev := make([]int, n)
	for i := range rev {
		rev[i] = (n - i) / 2
	}
	check("rev", rev)
}
