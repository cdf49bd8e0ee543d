// run

// The write barrier under churn: pointers are moved between heap objects,
// slices, maps, channel buffers and sorted slices while the collector marks
// between the program's steps; every value is checked at the end.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type item struct {
	id   int
	name string
	next *item
	tags []string
}

type box struct{ a, b *item }

func newItem(i int) *item {
	return &item{id: i, name: fmt.Sprint("item", i), tags: []string{strings.Repeat("t", i%5+1)}}
}

func check(it *item) int {
	if it == nil {
		return 0
	}
	if it.name != fmt.Sprint("item", it.id) || len(it.tags[0]) != it.id%5+1 {
		panic(fmt.Sprint("corrupt item ", it.id))
	}
	return it.id
}

func main() {
	boxes := make([]box, 64)
	m := map[string]*item{}
	ch := make(chan *item, 16)
	var list []*item
	sum := 0
	for round := 0; round < 40; round++ {
		for i := range boxes {
			it := newItem(round*1000 + i)
			// swap pointers between fields and boxes: each move overwrites one
			boxes[i].a, boxes[i].b = it, boxes[i].a
			j := (i*7 + round) % len(boxes)
			boxes[i].b, boxes[j].a = boxes[j].a, boxes[i].b
		}
		for i := 0; i < 32; i++ {
			k := fmt.Sprint("k", (round*31+i)%50)
			if old, ok := m[k]; ok {
				sum += check(old)
				delete(m, k)
			}
			m[k] = boxes[i].a
		}
		for i := 0; i < 16; i++ {
			select {
			case ch <- boxes[(i+round)%64].b:
			default:
				sum += check(<-ch)
			}
		}
		for _, b := range boxes[:8] {
			if b.a != nil {
				list = append(list, b.a)
			}
		}
		sort.Slice(list, func(x, y int) bool { return list[x].name < list[y].name })
		if len(list) > 100 {
			for _, it := range list[:50] {
				sum += check(it)
			}
			copy(list, list[50:])
			clear(list[len(list)-50:])
			list = list[:len(list)-50]
		}
		for _, it := range list {
			it.next = list[(it.id+round)%len(list)]
		}
		names := make([]string, 0, len(m))
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names[:5] {
			sum += check(m[k]) % 7
		}
	}
	for _, b := range boxes {
		sum += check(b.a) + check(b.b)
	}
	for len(ch) > 0 {
		sum += check(<-ch)
	}
	for _, it := range list {
		sum += check(it) + check(it.next)
	}
	fmt.Println("checksum", sum, len(m), len(list))
}
