// run

// time.Duration: unit conversions, Truncate, Round, Abs, arithmetic, and fmt verbs.
package main

import (
	"fmt"
	"math"
	"time"
)

type wrapper struct {
	Timeout time.Duration
	Retries int
}

func main() {
	d := 2*time.Hour + 45*time.Minute + 30*time.Second + 500*time.Millisecond + 250*time.Microsecond + 7
	fmt.Println(d)
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	neg := -d
	fmt.Println(neg.Hours(), neg.Minutes(), neg.Seconds(), neg.Milliseconds(), neg.Microseconds())

	for _, m := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 7 * time.Hour} {
		fmt.Printf("m=%v trunc=%v round=%v ntrunc=%v nround=%v\n", m, d.Truncate(m), d.Round(m), neg.Truncate(m), neg.Round(m))
	}
	// halfway values round away from zero
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	fmt.Println((2500 * time.Millisecond).Round(time.Second), (-2500 * time.Millisecond).Round(time.Second))
	// Round saturates instead of overflowing
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))

	// Abs
	fmt.Println(time.Duration(0).Abs(), (-time.Second).Abs(), time.Second.Abs(), time.Duration(math.MinInt64).Abs(), time.Duration(math.MinInt64+1).Abs())

	// arithmetic
	fmt.Println(time.Second*3, 3*time.Second, time.Minute/4, time.Hour%(7*time.Minute), time.Second-time.Millisecond)
	n := 5
	fmt.Println(time.Duration(n)*time.Millisecond, time.Second/time.Duration(n), time.Hour/time.Minute, int64(time.Hour/time.Second))
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Duration(float64(time.Minute)*0.25))
	fmt.Println(time.Second > time.Millisecond, time.Minute == 60*time.Second, -time.Second < 0)
	big := time.Duration(math.MaxInt64)
	big++ // wraps around at run time
	fmt.Println(big == time.Duration(math.MinInt64), big)

	// fmt verbs
	fmt.Printf("%v|%s|%d|%x|%q|%8v|%-8v|%+v|%T\n", d, time.Minute, time.Minute, time.Millisecond, time.Second, time.Second, time.Second, time.Second, time.Second)
	fmt.Printf("%v %+v\n", wrapper{3 * time.Second, 2}, wrapper{time.Millisecond, 0})
	fmt.Printf("%v %v\n", []time.Duration{time.Second, 2 * time.Minute}, map[string]time.Duration{"a": time.Hour})
	fmt.Printf("%#v\n", wrapper{time.Second, 1})
	var p *time.Duration
	fmt.Println(p == nil, fmt.Sprint(time.Duration(42)))
}
