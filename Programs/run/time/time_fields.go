// run

// Field accessors of fixed times: Year..Nanosecond, YearDay, Weekday, ISOWeek, Clock, Date.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2024, time.February, 29, 13, 14, 15, 161718192, time.UTC),
		time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC),   // Sunday: ISO week 52 of 2022
		time.Date(2024, time.December, 30, 0, 0, 0, 0, time.UTC), // Monday: ISO week 1 of 2025
		time.Date(2020, time.December, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2021, time.January, 3, 12, 0, 0, 0, time.UTC), // ISO week 53 of 2020
		time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, time.July, 20, 20, 17, 40, 0, time.UTC),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2000, time.December, 31, 6, 7, 8, 9, time.UTC),
		time.Date(2024, time.March, 10, 23, 30, 0, 0, time.FixedZone("M", -5*3600)),
	}
	for _, t := range times {
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		iy, iw := t.ISOWeek()
		fmt.Printf("%v | %d %v(%d) %d %d:%d:%d.%d | yday=%d %v(%d) iso=%d-W%02d | date=%d/%d/%d clock=%d:%d:%d\n",
			t, t.Year(), t.Month(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
			t.YearDay(), t.Weekday(), int(t.Weekday()), iy, iw, y, m, d, h, mi, s)
	}

	// the same instant seen from two zones gives different fields
	u := time.Date(2024, time.March, 11, 4, 30, 0, 0, time.UTC)
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("W", -5*3600), time.FixedZone("E", 14*3600)} {
		t := u.In(loc)
		fmt.Println(loc, t.Day(), t.Hour(), t.Weekday(), t.YearDay())
	}

	// every weekday of one week and the ISO week of each
	for d := 0; d < 8; d++ {
		t := time.Date(2024, time.December, 28+d, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		fmt.Printf("%s %s %d-%d; ", t.Format("Jan 2"), t.Weekday().String()[:3], y, w)
	}
	fmt.Println()

	// YearDay of the last day of leap and non-leap years
	fmt.Println(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())

	// the zero Time's fields
	var z time.Time
	zy, zw := z.ISOWeek()
	fmt.Println(z.Year(), z.Month(), z.Day(), z.Hour(), z.Weekday(), z.YearDay(), zy, zw, z.Location())
}
