// run

// time.Month and time.Weekday: String for every value, out-of-range values, arithmetic and fmt verbs.
package main

import (
	"fmt"
	"time"
)

func main() {
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Printf("%d:%v ", int(m), m)
	}
	fmt.Println()
	for d := time.Weekday(-2); d <= 8; d++ {
		fmt.Printf("%d:%v ", int(d), d)
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Month(100), time.Month(0), time.Weekday(7), time.Weekday(-1))
	fmt.Printf("%v %s %d %q %x %5.3s|\n", time.March, time.March, time.March, time.March, time.March, time.March)
	fmt.Printf("%v %s %d %q\n", time.Saturday, time.Saturday, time.Saturday, time.Saturday)
	fmt.Printf("%T %T\n", time.March, time.Monday)
	fmt.Println(time.December-time.January, time.January+1, time.Sunday+6, (time.Saturday+1)%7)
	months := []time.Month{time.February, time.April, time.December}
	fmt.Println(months, map[time.Weekday]bool{time.Friday: true})
	// Month and Weekday from Date
	for _, t := range []time.Time{
		time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC),
	} {
		fmt.Println(t.Month(), t.Weekday(), t.Month().String()[:3], t.Weekday().String()[:3])
	}
}
