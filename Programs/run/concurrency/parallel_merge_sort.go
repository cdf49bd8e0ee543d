// run

// Parallel merge sort: the left half sorted in a new goroutine down to a depth limit (goroutines counted exactly), a generic version with a comparison func that stays stable, and a channel-based merge sort whose leaves stream sorted values through merging goroutines; all checked against the sort package.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

var spawned atomic.Int32

func merge[T any](dst, a, b []T, less func(x, y T) bool) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if less(b[j], a[i]) { // take from b only when strictly smaller: stable
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// psort sorts s using buf as scratch; below depth 0 or for short slices it stays sequential.
func psort[T any](s, buf []T, depth int, less func(x, y T) bool) {
	if len(s) < 2 {
		return
	}
	mid := len(s) / 2
	if depth > 0 && len(s) >= 64 {
		spawned.Add(1)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			psort(s[:mid], buf[:mid], depth-1, less)
		}()
		psort(s[mid:], buf[mid:], depth-1, less)
		wg.Wait()
	} else {
		psort(s[:mid], buf[:mid], 0, less)
		psort(s[mid:], buf[mid:], 0, less)
	}
	merge(buf, s[:mid], s[mid:], less)
	copy(s, buf)
}

// chanSort returns a channel that yields s sorted: two recursive streams merged by a goroutine.
func chanSort(s []int) <-chan int {
	out := make(chan int)
	if len(s) <= 4 {
		go func() {
			c := slices.Clone(s)
			slices.Sort(c)
			for _, v := range c {
				out <- v
			}
			close(out)
		}()
		return out
	}
	a, b := chanSort(s[:len(s)/2]), chanSort(s[len(s)/2:])
	go func() {
		defer close(out)
		va, oka := <-a
		vb, okb := <-b
		for oka || okb {
			if !okb || (oka && va <= vb) {
				out <- va
				va, oka = <-a
			} else {
				out <- vb
				vb, okb = <-b
			}
		}
	}()
	return out
}

type rec struct {
	key string
	seq int
}

func main() {
	// pseudo-random data from a fixed LCG
	x := uint32(12345)
	data := make([]int, 20000)
	for i := range data {
		x = x*1664525 + 1013904223
		data[i] = int(x>>8) % 100000
	}
	want := slices.Clone(data)
	sort.Ints(want)

	for _, depth := range []int{0, 1, 3, 5} {
		spawned.Store(0)
		s := slices.Clone(data)
		psort(s, make([]int, len(s)), depth, func(a, b int) bool { return a < b })
		fmt.Printf("depth %d: sorted=%v equal=%v goroutines=%d\n", depth, slices.IsSorted(s), slices.Equal(s, want), spawned.Load())
	}
	s := slices.Clone(data)
	psort(s, make([]int, len(s)), 4, func(a, b int) bool { return a < b })
	fmt.Println("smallest:", s[:6], "largest:", s[len(s)-3:])

	// generic and stable: records with equal keys keep their input order
	words := strings.Fields("pear fig apple kiwi plum date lime fig pear apple kiwi lime date plum fig")
	var recs []rec
	for r := range 40 {
		for i, w := range words {
			recs = append(recs, rec{w, r*100 + i})
		}
	}
	sorted := slices.Clone(recs)
	psort(sorted, make([]rec, len(sorted)), 3, func(a, b rec) bool { return a.key < b.key })
	ref := slices.Clone(recs)
	slices.SortStableFunc(ref, func(a, b rec) int { return cmp.Compare(a.key, b.key) })
	fmt.Println("records:", len(sorted), "same as SortStableFunc:", slices.Equal(sorted, ref))
	fmt.Println("first figs:", sorted[slices.IndexFunc(sorted, func(r rec) bool { return r.key == "fig" }):][:4])

	// descending order through the comparison func
	desc := slices.Clone(data[:1000])
	psort(desc, make([]int, len(desc)), 2, func(a, b int) bool { return a > b })
	fmt.Println("descending:", slices.IsSortedFunc(desc, func(a, b int) int { return cmp.Compare(b, a) }), desc[:3])

	// the channel merge sort
	small := data[:3000]
	var streamed []int
	for v := range chanSort(small) {
		streamed = append(streamed, v)
	}
	ref2 := slices.Sorted(slices.Values(small))
	fmt.Println("channel sort:", len(streamed), "equal:", slices.Equal(streamed, ref2), "head:", streamed[:5])

	// edge cases
	for _, e := range [][]int{nil, {}, {1}, {2, 1}, {3, 3, 3}, {5, 4, 3, 2, 1}} {
		c := slices.Clone(e)
		psort(c, make([]int, len(c)), 3, func(a, b int) bool { return a < b })
		var got []int
		for v := range chanSort(e) {
			got = append(got, v)
		}
		fmt.Print(c, got, " ")
	}
	fmt.Println()
}
