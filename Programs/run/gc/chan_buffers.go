// run

// Pointers, slices and maps whose only reference is a buffered channel's
// buffer survive collections; receiving them afterwards sees intact data.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Item struct {
	id   int
	name string
	tags []string
	next *Item
}

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func fillPtrs(c chan *Item, n int) {
	for i := 0; i < n; i++ {
		it := &Item{id: i, name: fmt.Sprintf("item-%03d", i), tags: []string{"t" + fmt.Sprint(i%7), strings.Repeat("x", i%5)}}
		it.next = &Item{id: 2 * i, name: "child"}
		c <- it
	}
}

func fillSlices(c chan []string, n int) {
	for i := 0; i < n; i++ {
		s := make([]string, 0, 4)
		for j := 0; j <= i%4; j++ {
			s = append(s, fmt.Sprintf("%d/%d", i, j))
		}
		c <- s
	}
}

func fillMaps(c chan map[string]*Item, n int) {
	for i := 0; i < n; i++ {
		m := make(map[string]*Item)
		for j := 0; j < 3; j++ {
			k := fmt.Sprintf("k%d", j)
			m[k] = &Item{id: i*10 + j, name: k + "@" + fmt.Sprint(i)}
		}
		c <- m
	}
}

func main() {
	const n = 200
	cp := make(chan *Item, n)
	cs := make(chan []string, n)
	cm := make(chan map[string]*Item, 64)
	fillPtrs(cp, n)
	fillSlices(cs, n)
	fillMaps(cm, 64)

	for i := 0; i < 5; i++ {
		churn(6)
		runtime.GC()
	}

	// drain half of cp, refill, so the ring buffer wraps around
	sumID := 0
	for i := 0; i < n/2; i++ {
		it := <-cp
		sumID += it.id + it.next.id
	}
	fmt.Println("half drained, id sum:", sumID, "len:", len(cp))
	for i := 0; i < n/2; i++ {
		cp <- &Item{id: 1000 + i, name: fmt.Sprint("wrap", i), next: &Item{id: 1}}
	}
	churn(8)
	runtime.GC()
	runtime.GC()

	okNames, idSum, tagLen, childSum := 0, 0, 0, 0
	for i := 0; i < n; i++ {
		it := <-cp
		if it.id < 1000 && it.name == fmt.Sprintf("item-%03d", it.id) && it.tags[0] == "t"+fmt.Sprint(it.id%7) && len(it.tags[1]) == it.id%5 {
			okNames++
		}
		if it.id >= 1000 && it.name == fmt.Sprint("wrap", it.id-1000) {
			okNames++
		}
		idSum += it.id
		childSum += it.next.id
		tagLen += len(it.tags)
	}
	fmt.Println("ptrs:", okNames, idSum, childSum, tagLen)

	var sb strings.Builder
	total := 0
	for i := 0; i < n; i++ {
		s := <-cs
		total += len(s)
		if i%50 == 0 {
			sb.WriteString(strings.Join(s, ","))
			sb.WriteString(";")
		}
		for j, x := range s {
			if x != fmt.Sprintf("%d/%d", i, j) {
				fmt.Println("bad slice element", i, j, x)
			}
		}
	}
	fmt.Println("slices:", total, sb.String())

	mapOK, mapIDs := 0, 0
	for i := 0; i < 64; i++ {
		m := <-cm
		for j := 0; j < 3; j++ {
			k := fmt.Sprintf("k%d", j)
			if it, ok := m[k]; ok && it.name == k+"@"+fmt.Sprint(i) {
				mapOK++
				mapIDs += it.id
			}
		}
	}
	fmt.Println("maps:", mapOK, mapIDs)

	// a closed channel still holds its buffered values
	cc := make(chan *Item, 10)
	for i := 0; i < 10; i++ {
		cc <- &Item{id: i * i, name: strings.Repeat("z", i)}
	}
	close(cc)
	churn(4)
	runtime.GC()
	sq := 0
	for it := range cc {
		sq += it.id + len(it.name)
	}
	fmt.Println("closed:", sq)
}
