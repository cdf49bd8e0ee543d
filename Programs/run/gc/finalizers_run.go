// run

// Finalizers set with runtime.SetFinalizer run once for objects that became
// unreachable; objects they reach stay intact until they run; a finalizer
// can resurrect its object, and it is not run a second time; on a chain
// A -> B -> C only A's runs first, then B's once A is gone, then C's.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Res struct {
	id    int
	name  string
	child *Res
	data  []int
}

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

// collect runs collections until n values arrived on ch or 5 s passed.
func collect(ch chan string, n int) []string {
	return collectFor(ch, n, 5*time.Second)
}

func collectFor(ch chan string, n int, d time.Duration) []string {
	var got []string
	deadline := time.After(d)
	for len(got) < n {
		runtime.GC()
		select {
		case s := <-ch:
			got = append(got, s)
		case <-time.After(5 * time.Millisecond):
		case <-deadline:
			return got
		}
	}
	return got
}

func makeGarbage(n int, ch chan string) {
	for i := 0; i < n; i++ {
		r := &Res{id: i, name: "res" + strconv.Itoa(i), data: []int{i, i * i}}
		r.child = &Res{id: 1000 + i, name: "child" + strconv.Itoa(i), data: make([]int, 64)}
		r.child.data[63] = i * 3
		runtime.SetFinalizer(r, func(r *Res) {
			// the child is reachable only from the finalized object
			ch <- r.name + ":" + strconv.Itoa(r.data[1]+r.child.data[63]) + ":" + r.child.name
		})
	}
}

func describe(r *Res) string {
	var b strings.Builder
	for p := r; p != nil; p = p.child {
		b.WriteString(p.name)
		b.WriteString(fmt.Sprint(p.data))
	}
	return b.String()
}

func makeChain(ch chan string, prefix string) {
	a := &Res{name: prefix + "A", data: []int{1}}
	b := &Res{name: prefix + "B", data: []int{2, 2}}
	c := &Res{name: prefix + "C", data: []int{3, 3, 3}}
	a.child, b.child = b, c
	for _, r := range []*Res{c, a, b} {
		runtime.SetFinalizer(r, func(r *Res) { ch <- describe(r) })
	}
}

var resurrected *Res

func makeResurrecting(ch chan string) {
	r := &Res{id: 7, name: "phoenix", data: []int{1, 2, 3}}
	r.child = &Res{id: 8, name: "ash"}
	runtime.SetFinalizer(r, func(r *Res) {
		resurrected = r
		ch <- "resurrected " + r.name
	})
}

func main() {
	ch := make(chan string, 100)
	makeGarbage(40, ch)
	churn(8)
	got := collect(ch, 40)
	sort.Slice(got, func(i, j int) bool {
		a, _ := strconv.Atoi(strings.TrimPrefix(strings.Split(got[i], ":")[0], "res"))
		b, _ := strconv.Atoi(strings.TrimPrefix(strings.Split(got[j], ":")[0], "res"))
		return a < b
	})
	fmt.Println("finalized:", len(got))
	fmt.Println(strings.Join(got[:4], " "))
	fmt.Println(strings.Join(got[36:], " "))
	ok := 0
	for i, s := range got {
		if s == "res"+strconv.Itoa(i)+":"+strconv.Itoa(i*i+i*3)+":child"+strconv.Itoa(i) {
			ok++
		}
	}
	fmt.Println("consistent:", ok)

	makeResurrecting(ch)
	fmt.Println(collect(ch, 1))
	for i := 0; i < 3; i++ {
		churn(4)
		runtime.GC()
	}
	if resurrected == nil {
		fmt.Println("not resurrected")
	} else {
		fmt.Println("alive again:", resurrected.name, resurrected.data, resurrected.child.name)
		resurrected = nil
		// its finalizer was cleared when it ran: nothing more arrives
		extra := collectFor(ch, 1, 100*time.Millisecond)
		fmt.Println("second run:", len(extra))
	}

	// chains
	makeChain(ch, "")
	fmt.Println(strings.Join(collect(ch, 3), " | "))
	makeChain(ch, "x")
	makeChain(ch, "y")
	got = collect(ch, 6)
	var xs, ys []string
	for _, s := range got {
		if s[0] == 'x' {
			xs = append(xs, s)
		} else {
			ys = append(ys, s)
		}
	}
	fmt.Println(strings.Join(xs, " | "))
	fmt.Println(strings.Join(ys, " | "))
}
