// run

// sync.Pool and the collector: a value put in a pool is handed back while no
// collection intervenes, and is gone after two (the primary cache becomes the
// victim cache at one cycle and is dropped at the next); New fills the miss.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buf struct{ id int }

var made int

var pool = sync.Pool{New: func() any { made++; return &buf{id: -made} }}

func main() {
	pool.Put(&buf{id: 1})
	fmt.Println("no cycle:", pool.Get().(*buf).id)

	for i := 2; i < 5; i++ {
		pool.Put(&buf{id: i})
		runtime.GC()
		runtime.GC()
		fmt.Println("two cycles:", pool.Get().(*buf).id)
	}

	local := &sync.Pool{}
	local.Put("a")
	runtime.GC()
	runtime.GC()
	fmt.Println(local.Get())
	fmt.Println("made:", made)
}
