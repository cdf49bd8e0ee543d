// run

// debug.ReadGCStats: the history of pauses most recent first, quantiles, totals.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink []byte

func main() {
	var s debug.GCStats
	debug.ReadGCStats(&s)
	// (no cycle has run yet, unless a GC stress mode collects from the start)
	fmt.Println(len(s.Pause) == int(s.NumGC), len(s.PauseEnd) == len(s.Pause), s.NumGC > 0 || s.LastGC.Unix() == 0)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	for i := 0; i < 100; i++ {
		sink = make([]byte, 1<<20)
	}
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC >= 5, len(s.Pause) == int(s.NumGC), len(s.PauseEnd) == len(s.Pause))
	fmt.Println(s.PauseQuantiles[0] <= s.PauseQuantiles[2], s.PauseQuantiles[2] <= s.PauseQuantiles[4], s.PauseTotal > 0)
	fmt.Println(!s.PauseEnd[0].Before(s.PauseEnd[len(s.PauseEnd)-1]), time.Since(s.LastGC) < time.Minute)
}
