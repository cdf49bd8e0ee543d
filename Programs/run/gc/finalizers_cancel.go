// run

// runtime.SetFinalizer(p, nil) cancels a finalizer; a finalizer can be
// replaced after cancelling; finalizers may take an interface parameter and
// may have results.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Handle struct {
	fd   int
	path *string
	buf  []byte
}

func (h *Handle) ID() int { return h.fd }

type IDer interface{ ID() int }

var sink []byte

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

// gather runs collections until n ids arrived or 5 s passed, then keeps
// collecting for a little while to catch ids that should not arrive.
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
	for i := 0; i < 10; i++ {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
	for len(ch) > 0 {
		got = append(got, <-ch)
	}
	sort.Ints(got)
	return got
}

func cancelHalf(ch chan int) {
	for i := 0; i < 20; i++ {
		h := newHandle(i)
		runtime.SetFinalizer(h, func(h *Handle) { ch <- h.fd })
		if i%2 == 1 {
			runtime.SetFinalizer(h, nil)
		}
	}
}

func replace(ch chan int) {
	for i := 0; i < 5; i++ {
		h := newHandle(100 + i)
		runtime.SetFinalizer(h, func(h *Handle) { ch <- -h.fd })
		runtime.SetFinalizer(h, nil)
		runtime.SetFinalizer(h, func(h *Handle) { ch <- h.fd })
	}
}

func viaInterface(ch chan int) {
	for i := 0; i < 5; i++ {
		h := newHandle(200 + i)
		runtime.SetFinalizer(h, func(x IDer) { ch <- x.ID() })
	}
	for i := 0; i < 5; i++ {
		h := newHandle(300 + i)
		runtime.SetFinalizer(h, func(x any) { ch <- x.(*Handle).fd })
	}
	for i := 0; i < 5; i++ {
		h := newHandle(400 + i)
		runtime.SetFinalizer(h, func(h *Handle) (int, error) { ch <- h.fd; return 0, nil })
	}
}

func main() {
	ch := make(chan int, 64)

	cancelHalf(ch)
	churn(6)
	fmt.Println("cancel half:", gather(ch, 10))

	replace(ch)
	fmt.Println("replaced:", gather(ch, 5))

	viaInterface(ch)
	fmt.Println("interface/results:", gather(ch, 15))

	// a cancelled finalizer on a live object: nothing runs, the object is intact
	live := newHandle(600)
	runtime.SetFinalizer(live, func(h *Handle) { ch <- h.fd })
	runtime.SetFinalizer(live, nil)
	runtime.GC()
	fmt.Println("live:", live.fd, *live.path, len(live.buf))
	live = nil
	fmt.Println("cancelled live:", gather(ch, 0))
}
