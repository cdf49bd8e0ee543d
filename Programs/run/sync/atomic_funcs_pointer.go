// run

// sync/atomic pointer functions: LoadPointer/StorePointer/SwapPointer/CompareAndSwapPointer on unsafe.Pointer.
package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var p unsafe.Pointer
	fmt.Println("initial nil:", atomic.LoadPointer(&p) == nil)

	c1 := &Config{"one", 1}
	atomic.StorePointer(&p, unsafe.Pointer(c1))
	got := (*Config)(atomic.LoadPointer(&p))
	fmt.Println("loaded:", *got, got == c1)

	c2 := &Config{"two", 2}
	old := atomic.SwapPointer(&p, unsafe.Pointer(c2))
	fmt.Println("swap returned old:", (*Config)(old).Name, "now:", (*Config)(atomic.LoadPointer(&p)).Name)

	c3 := &Config{"three", 3}
	fmt.Println("CAS with stale old:", atomic.CompareAndSwapPointer(&p, unsafe.Pointer(c1), unsafe.Pointer(c3)))
	fmt.Println("CAS with current old:", atomic.CompareAndSwapPointer(&p, unsafe.Pointer(c2), unsafe.Pointer(c3)))
	fmt.Println("now:", *(*Config)(atomic.LoadPointer(&p)))

	// equal contents are not the same pointer
	c3copy := *c3
	fmt.Println("CAS with equal copy:", atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&c3copy), nil))
	fmt.Println("CAS to nil:", atomic.CompareAndSwapPointer(&p, unsafe.Pointer(c3), nil), atomic.LoadPointer(&p) == nil)
	fmt.Println("CAS from nil:", atomic.CompareAndSwapPointer(&p, nil, unsafe.Pointer(c1)))

	// copy-on-write update with a retry loop
	for i := range 5 {
		for {
			cur := atomic.LoadPointer(&p)
			next := *(*Config)(cur)
			next.Version += 10
			next.Name = fmt.Sprintf("%s+%d", next.Name, i)
			if atomic.CompareAndSwapPointer(&p, cur, unsafe.Pointer(&next)) {
				break
			}
		}
	}
	final := (*Config)(atomic.LoadPointer(&p))
	fmt.Println("final:", final.Name, final.Version)
	fmt.Println("c1 untouched:", *c1)
}
