// run

// two 128 KB arrays fill the frame region: the whole function falls back to
// the heap, not objects one by one.
package main

import (
	"fmt"
	"runtime"
)

type obj struct{ name string }

type holder struct {
	p   *obj
	pad [1000]int
}

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

var finalized []string

func f() int {
	var a, b [16000]int // 128000 bytes each: on the stack in gc (< 128 KiB)
	a[1], b[2] = 1, 2
	target := obj{fmt.Sprint("tar", "get")}
	h := &holder{p: &target} // does not escape; gosub's region is full -> heap
	runtime.GC()
	return sum(a[:]) + sum(b[:]) + len(h.p.name)
}

func main() {
	fmt.Println(f())
}
