// The collector's bound on memory: 10 GiB allocated in 4 KiB buffers while
// about 10 MiB stays reachable (a ring of 2560 buffers, each replaced in
// turn), so the heap must be reclaimed over and over.
package main

import "fmt"

func main() {
	const live = 2560       // 2560 × 4 KiB = 10 MiB reachable
	const total = 10 << 30  // bytes allocated in all
	ring := make([][]byte, live)
	sum := 0
	for i := 0; i < total/4096; i++ {
		b := make([]byte, 4096)
		b[i%4096] = byte(i)
		old := ring[i%live]
		if old != nil {
			sum += int(old[(i-live)%4096])
		}
		ring[i%live] = b
	}
	fmt.Println(sum)
}
