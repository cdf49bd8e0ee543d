// run

// time.Duration.String for zero, sub-microsecond, sub-second, large, negative and extreme values.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []time.Duration{
		0,
		1,
		999,
		1000,
		1001,
		1500,
		time.Microsecond,
		time.Millisecond,
		1100 * time.Microsecond,
		999999999,
		time.Second,
		1500 * time.Millisecond,
		time.Second + time.Nanosecond,
		59 * time.Second,
		time.Minute,
		90 * time.Second,
		time.Hour,
		time.Hour + time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		100 * time.Hour,
		24 * 365 * time.Hour,
		-1,
		-time.Microsecond,
		-1500 * time.Millisecond,
		-(time.Hour + 30*time.Minute),
		math.MaxInt64,
		math.MinInt64,
		math.MinInt64 + 1,
		time.Duration(1<<63 - 1).Truncate(time.Second),
	} {
		fmt.Printf("%d = %s\n", int64(d), d)
	}
	// the unit constants themselves
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour))
}
