// run

// Pointers held only as map keys and values (small maps and maps of several
// thousand entries that grow, shrink by deletes and are cleared) survive
// collections; deleted entries' objects can be reclaimed without harm.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type Rec struct {
	id    int
	label string
	data  []int
	peer  *Rec
}

type Pair struct {
	a, b *Rec
	s    string
}

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func mk(i int) *Rec {
	return &Rec{id: i, label: "r" + strconv.Itoa(i), data: []int{i, i * 2, i * 3}}
}

func main() {
	// map[string]*Rec with more than 1024 entries, built while collecting
	byName := make(map[string]*Rec)
	for i := 0; i < 1200; i++ {
		r := mk(i)
		byName[r.label] = r
		if i%300 == 0 {
			runtime.GC()
		}
	}
	churn(10)
	runtime.GC()

	// delete every third entry, collect, then verify the rest
	for i := 0; i < 1200; i += 3 {
		delete(byName, "r"+strconv.Itoa(i))
	}
	runtime.GC()
	churn(6)
	good, sum := 0, 0
	for k, r := range byName {
		if k == r.label && r.label == "r"+strconv.Itoa(r.id) && r.data[2] == 3*r.id {
			good++
		}
		sum += r.id
	}
	fmt.Println("byName:", len(byName), good, sum)

	// map[*Rec]int: the keys are the only references
	byPtr := make(map[*Rec]int)
	for i := 0; i < 1050; i++ {
		byPtr[mk(i)] = i * 7
	}
	runtime.GC()
	churn(6)
	runtime.GC()
	good, sum = 0, 0
	for r, v := range byPtr {
		if v == r.id*7 && r.label == "r"+strconv.Itoa(r.id) && len(r.data) == 3 {
			good++
		}
		sum += r.data[1]
	}
	fmt.Println("byPtr:", len(byPtr), good, sum)

	// lookups by pointer still work after collections
	var someKeys []*Rec
	for r := range byPtr {
		if r.id%100 == 0 {
			someKeys = append(someKeys, r)
		}
	}
	sort.Slice(someKeys, func(i, j int) bool { return someKeys[i].id < someKeys[j].id })
	runtime.GC()
	var found []int
	for _, r := range someKeys {
		found = append(found, byPtr[r])
	}
	fmt.Println("lookups:", found)

	// struct values with pointers, peers forming cycles through the map
	pairs := make(map[int]Pair)
	for i := 0; i < 600; i++ {
		a, b := mk(i), mk(-i)
		a.peer, b.peer = b, a
		pairs[i] = Pair{a: a, b: b, s: "pair" + strconv.Itoa(i)}
	}
	runtime.GC()
	churn(6)
	good = 0
	for i, p := range pairs {
		if p.a.peer == p.b && p.b.peer == p.a && p.a.id == i && p.b.id == -i && p.s == "pair"+strconv.Itoa(i) {
			good++
		}
	}
	fmt.Println("pairs:", len(pairs), good)

	// overwrite values, clear, reuse
	for i := 0; i < 600; i++ {
		p := pairs[i]
		p.a = mk(i + 10000)
		pairs[i] = p
	}
	runtime.GC()
	s := 0
	for _, p := range pairs {
		s += p.a.id - p.b.peer.id
	}
	fmt.Println("overwritten:", s)
	clear(pairs)
	runtime.GC()
	for i := 0; i < 100; i++ {
		pairs[i] = Pair{a: mk(i), s: "again"}
	}
	churn(4)
	runtime.GC()
	s = 0
	for _, p := range pairs {
		s += p.a.id + len(p.s)
	}
	fmt.Println("after clear:", len(pairs), s)

	// nested maps: map[string]map[int]*Rec
	nested := make(map[string]map[int]*Rec)
	for g := 0; g < 10; g++ {
		inner := make(map[int]*Rec)
		for i := 0; i < 40; i++ {
			inner[i] = mk(g*100 + i)
		}
		nested["g"+strconv.Itoa(g)] = inner
	}
	runtime.GC()
	churn(4)
	runtime.GC()
	s = 0
	for name, inner := range nested {
		for i, r := range inner {
			if "g"+strconv.Itoa(r.id/100) != name || r.id%100 != i {
				fmt.Println("bad nested", name, i, r.id)
			}
			s += r.id
		}
	}
	fmt.Println("nested:", len(nested), s)
}
