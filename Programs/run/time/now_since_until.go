// run

// time.Now, Since, Until and monotonic readings: only comparisons are printed, never the times.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Since >= 20ms:", time.Since(t) >= 20*time.Millisecond)
	fmt.Println("t before now:", t.Before(time.Now()), "now after t:", time.Now().After(t))
	fmt.Println("Until(t) < 0:", time.Until(t) < 0)
	fmt.Println("Until(future) > 0:", time.Until(time.Now().Add(time.Hour)) > 0)

	// Sub of two Now readings is never negative (monotonic clock)
	prev := time.Now()
	ok := true
	for i := 0; i < 1000; i++ {
		cur := time.Now()
		if cur.Sub(prev) < 0 || cur.Before(prev) {
			ok = false
		}
		prev = cur
	}
	fmt.Println("monotonic non-decreasing:", ok)

	// Round(0) strips the monotonic reading but keeps the instant
	s := t.Round(0)
	fmt.Println("Equal after Round(0):", t.Equal(s), s.Equal(t))
	fmt.Println("String has m=:", strings.Contains(t.String(), " m="), strings.Contains(s.String(), " m="))
	fmt.Println("UTC/Truncate strip it:", strings.Contains(t.UTC().String(), " m="), strings.Contains(t.Truncate(time.Second).String(), " m="))
	fmt.Println("Add keeps it:", strings.Contains(t.Add(time.Second).String(), " m="))

	// Now is in the Local location; UTC() is in UTC
	fmt.Println("Now location is Local:", time.Now().Location() == time.Local, time.Now().UTC().Location() == time.UTC)
	fmt.Println("Local name non-empty:", time.Local.String() != "")

	// Now is a plausible date (not the zero time, after 2020)
	now := time.Now()
	fmt.Println("after 2020:", now.After(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)), "not zero:", !now.IsZero())
	fmt.Println("Unix matches UnixNano:", now.Unix() == now.UnixNano()/1e9)

	// Sleep durations add up
	start := time.Now()
	for i := 0; i < 3; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	el := time.Since(start)
	fmt.Println("three 10ms sleeps >= 30ms:", el >= 30*time.Millisecond)
	// Duration arithmetic on elapsed values
	fmt.Println("rounded to ms is whole:", el.Round(time.Millisecond)%time.Millisecond == 0)

	// Compare with a Time that has no monotonic reading uses the wall clock
	wall := time.Unix(now.Unix()-10, 0)
	fmt.Println("wall-only compare:", wall.Before(now), now.Sub(wall) >= 10*time.Second-time.Second)
}
