// run

// time.Date normalizes out-of-range fields: month 13, day 0, hour 25, negative seconds and nanoseconds.
package main

import (
	"fmt"
	"time"
)

func main() {
	show := func(label string, t time.Time) {
		fmt.Printf("%-22s %s\n", label, t)
	}
	show("plain", time.Date(2024, time.March, 15, 10, 30, 45, 123456789, time.UTC))
	show("month 13", time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	show("month 0", time.Date(2023, 0, 1, 0, 0, 0, 0, time.UTC))
	show("month -1", time.Date(2023, -1, 1, 0, 0, 0, 0, time.UTC))
	show("month 25", time.Date(2023, 25, 10, 0, 0, 0, 0, time.UTC))
	show("day 0", time.Date(2024, time.March, 0, 0, 0, 0, 0, time.UTC))
	show("day 0 of Jan", time.Date(2024, time.January, 0, 0, 0, 0, 0, time.UTC))
	show("day -1", time.Date(2023, time.March, -1, 0, 0, 0, 0, time.UTC))
	show("Feb 29 non-leap", time.Date(2023, time.February, 29, 0, 0, 0, 0, time.UTC))
	show("Feb 29 leap", time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC))
	show("Feb 30 leap", time.Date(2024, time.February, 30, 0, 0, 0, 0, time.UTC))
	show("day 400", time.Date(2023, time.January, 400, 0, 0, 0, 0, time.UTC))
	show("Oct 32", time.Date(2023, time.October, 32, 12, 0, 0, 0, time.UTC))
	show("hour 24", time.Date(2023, time.December, 31, 24, 0, 0, 0, time.UTC))
	show("hour 25", time.Date(2023, time.December, 31, 25, 0, 0, 0, time.UTC))
	show("hour -1", time.Date(2024, time.January, 1, -1, 0, 0, 0, time.UTC))
	show("minute 90", time.Date(2024, time.January, 1, 0, 90, 0, 0, time.UTC))
	show("minute -61", time.Date(2024, time.January, 1, 0, -61, 0, 0, time.UTC))
	show("second -1", time.Date(2024, time.January, 1, 0, 0, -1, 0, time.UTC))
	show("second 3600", time.Date(2024, time.January, 1, 0, 0, 3600, 0, time.UTC))
	show("nsec -1", time.Date(2024, time.January, 1, 0, 0, 0, -1, time.UTC))
	show("nsec 2.5e9", time.Date(2024, time.January, 1, 0, 0, 0, 2500000000, time.UTC))
	show("all negative", time.Date(2024, -2, -3, -4, -5, -6, -7, time.UTC))
	show("year 0", time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC))
	show("year -1", time.Date(-1, time.December, 31, 23, 59, 59, 0, time.UTC))
	show("year 1", time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC))
	show("year 9999", time.Date(9999, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	show("year 10000", time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC))
	show("1900 not leap", time.Date(1900, time.February, 29, 0, 0, 0, 0, time.UTC))
	show("2000 leap", time.Date(2000, time.February, 29, 0, 0, 0, 0, time.UTC))

	// normalization with a fixed zone: the fields are interpreted in that zone
	east := time.FixedZone("EAST", 5*3600+30*60)
	t := time.Date(2024, time.January, 1, 0, 0, -1, 0, east)
	show("east second -1", t)
	show("  in UTC", t.UTC())
	west := time.FixedZone("WEST", -8*3600)
	show("west hour 30", time.Date(2024, time.June, 30, 30, 0, 0, 0, west))

	// Date with a nil location panics
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2024, 1, 1, 0, 0, 0, 0, nil)
}
