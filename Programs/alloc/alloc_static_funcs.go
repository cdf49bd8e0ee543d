// run

// A func literal without captures is a static funcval: making one allocates nothing.
package main

import (
	"fmt"
	"runtime"
)

func newfunc() func(int) int { return func(x int) int { return x } }

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100; i++ {
		f := newfunc()
		_ = f(i)
	}
	runtime.ReadMemStats(&b)
	fmt.Println(b.Mallocs - a.Mallocs)
}
