// The pacer: 1 GiB allocated in 4 KiB buffers while 10 MiB stays reachable;
// prints the number of collections (compare NumGC with real Go's at a GOGC).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const live = 2560
	ring := make([][]byte, live)
	sum := 0
	for i := 0; i < (1<<30)/4096; i++ {
		b := make([]byte, 4096)
		b[i%4096] = byte(i)
		ring[i%live] = b
	}
	for _, b := range ring {
		sum += int(b[0])
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(sum, m.NumGC)
}
