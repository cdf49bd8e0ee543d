// run

// the same in a function with a range-over-func loop.
package main

import (
	"fmt"
	"runtime"
)

type obj struct{ name string }

var freed []string

func mk(s string) *obj {
	o := &obj{s}
	runtime.SetFinalizer(o, func(o *obj) { freed = append(freed, o.name) })
	return o
}

func seq(yield func(int) bool) { yield(0) }

func count(s []*obj) int {
	p := &s // count has a range-over-func loop: compiled without escape decisions, s goes to a heap cell
	for range seq {
		runtime.GC()
		runtime.Gosched() // let finalizers run
		runtime.GC()
		runtime.Gosched()
	}
	fmt.Println("finalized while reachable:", freed)
	return len(*p)
}

func main() {
	arr := [3]*obj{mk("a"), mk("b"), mk("c")} // stays in main's frame
	fmt.Println(count(arr[:]))
}
