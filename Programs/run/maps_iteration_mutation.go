// run

// Map iteration while the map changes: entries deleted before the loop
// reaches them are never produced, entries present throughout are produced
// exactly once, even when insertions grow the map from a small group to
// tables, split tables and double the directory during the loop.
package main

import "fmt"

func check(name string, size, inserts int, deleteAhead bool) {
	m := make(map[int]int)
	for i := 0; i < size; i++ {
		m[i] = i
	}
	seen := make(map[int]int)
	deleted := make(map[int]bool)
	next := size
	for k, v := range m {
		seen[k]++
		if k < size && v != k && !deleted[k] {
			fmt.Println(name, "wrong value", k, v)
		}
		if deleteAhead {
			d := (k + size/2) % size
			if seen[d] == 0 && !deleted[d] {
				delete(m, d)
				deleted[d] = true
			}
		}
		for j := 0; j < inserts; j++ {
			m[next] = next
			next++
		}
	}
	bad := 0
	for i := 0; i < size; i++ {
		switch {
		case deleted[i] && seen[i] != 0:
			bad++
		case !deleted[i] && seen[i] != 1:
			bad++
		}
	}
	for k, n := range seen {
		if n != 1 {
			bad++
			_ = k
		}
	}
	// how many inserted entries the loop produced is random, as in Go
	fmt.Printf("%-12s size=%d grew=%v bad=%d\n", name, size, len(m) >= size+inserts*(size-len(deleted)), bad)
}

func main() {
	check("small", 5, 1, false)
	check("small grow", 8, 3, false)
	check("table", 100, 2, false)
	check("split", 900, 4, false)
	check("big", 5000, 1, false)
	check("delete", 1000, 0, true)
	check("delete+grow", 2000, 2, true)

	// values updated during the loop are seen with their new value
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k := range m {
		for k2 := range m {
			if k2 != k {
				m[k2] += 10
			}
		}
	}
	fmt.Println(m)

	// clear during iteration stops producing entries
	c := make(map[int]bool)
	for i := 0; i < 50; i++ {
		c[i] = true
	}
	n := 0
	for range c {
		n++
		clear(c)
	}
	fmt.Println(n, len(c))

	// NaN keys: each insertion is a new entry, all produced by range
	nan := make(map[float64]int)
	z := 0.0
	for i := 0; i < 20; i++ {
		nan[z/z] = i
	}
	cnt := 0
	for k := range nan {
		if k == k {
			fmt.Println("NaN equal to itself")
		}
		cnt++
	}
	fmt.Println(len(nan), cnt)
}
