// run

// a generic instance (compiled without escape decisions) keeps a caller's
// frame slice in a heap cell across runtime.GC: the frame object stays a root.
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

func first[T any](s []T) T {
	p := &s // generic instance: compiled without escape decisions, s goes to a heap cell
	runtime.GC()
	runtime.Gosched()
	fmt.Println("finalized while reachable:", freed)
	return (*p)[0]
}

func main() {
	arr := [3]*obj{mk("a"), mk("b"), mk("c")} // stays in main's frame
	fmt.Println(first(arr[:]).name)
}
