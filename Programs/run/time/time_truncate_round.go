// run

// Time.Truncate and Time.Round on fixed times (relative to the zero time, not to the zone).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.July, 14, 17, 45, 29, 987654321, time.UTC)
	for _, d := range []time.Duration{
		-time.Second, 0, time.Nanosecond, time.Microsecond, time.Millisecond, 10 * time.Millisecond,
		time.Second, 2 * time.Second, 30 * time.Second, time.Minute, 15 * time.Minute, time.Hour,
		3 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
	} {
		fmt.Printf("%-10v trunc %s  round %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	// halfway rounds up
	h := time.Date(2024, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(h.Round(time.Second), h.Add(-1).Round(time.Second))
	// before year 1 and around it
	fmt.Println(time.Date(0, 12, 31, 23, 59, 59, 600000000, time.UTC).Round(time.Second))

	// in a fixed zone, Truncate(24h) is relative to UTC midnight of the zero time,
	// so the result is not local midnight
	z := time.FixedZone("NPT", 5*3600+45*60)
	l := time.Date(2024, time.July, 14, 17, 45, 0, 0, z)
	fmt.Println(l.Truncate(24*time.Hour), l.Truncate(time.Hour), l.Round(time.Hour))
	// local midnight, computed with Date
	y, m, d := l.Date()
	fmt.Println(time.Date(y, m, d, 0, 0, 0, 0, l.Location()))

	// Truncate and Round keep the location
	fmt.Println(l.Truncate(time.Minute).Location(), l.Round(time.Minute).Location())
	// the zero time
	var zero time.Time
	fmt.Println(zero.Truncate(time.Hour), zero.Round(time.Hour))
}
