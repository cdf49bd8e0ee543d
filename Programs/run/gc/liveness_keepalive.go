// run

// Liveness is precise: runtime.KeepAlive keeps an object, and so its
// finalizer, alive up to that point; once a local variable or a temporary is
// no longer used, its object is unreachable even though the function that
// held it is still running: its finalizer runs and its memory is freed.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync/atomic"
	"time"
)

type Handle struct {
	fd   int
	path *string
	buf  []byte
}

var sink []byte
var big []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func newHandle(fd int) *Handle {
	p := fmt.Sprintf("/dev/h%d", fd)
	return &Handle{fd: fd, path: &p, buf: make([]byte, 32)}
}

func gather(ch chan int, n int) []int {
	var got []int
	deadline := time.After(5 * time.Second)
loop:
	for len(got) < n {
		runtime.GC()
		select {
		case id := <-ch:
			got = append(got, id)
		case <-time.After(5 * time.Millisecond):
		case <-deadline:
			break loop
		}
	}
	sort.Ints(got)
	return got
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func main() {
	ch := make(chan int, 64)
	var ran atomic.Int32

	h := newHandle(500)
	runtime.SetFinalizer(h, func(h *Handle) { ran.Add(1); ch <- h.fd })
	fd := h.fd
	for i := 0; i < 5; i++ {
		churn(4)
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("before KeepAlive: fd", fd, "finalizer ran:", ran.Load())
	runtime.KeepAlive(h)
	// h is not used after this point
	fmt.Println("after KeepAlive:", gather(ch, 1), "ran:", ran.Load())

	// objects made in a loop of main, each used once and dropped
	for i := 0; i < 8; i++ {
		x := newHandle(600 + i)
		runtime.SetFinalizer(x, func(h *Handle) { ch <- h.fd })
		if x.fd != 600+i {
			fmt.Println("bad fd")
		}
	}
	churn(4)
	fmt.Println("loop locals:", gather(ch, 8))

	// a 64 MiB slice last used through a temporary of this frame
	runtime.GC()
	base := heapAlloc()
	for r := 0; r < 3; r++ {
		big = make([]byte, 64<<20)
		big[len(big)-1] = byte(r)
		big = nil
		runtime.GC()
		fmt.Println("round", r, "64 MiB freed:", heapAlloc() < base+8<<20)
	}
}
