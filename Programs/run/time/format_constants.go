// run

// Time.Format with every predefined layout constant, in UTC and in fixed zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct {
		name, layout string
	}{
		{"Layout", time.Layout},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
		{"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
	}
	times := []time.Time{
		time.Date(2024, time.March, 5, 14, 7, 9, 123456700, time.UTC),
		time.Date(1999, time.December, 31, 0, 59, 1, 0, time.FixedZone("EST", -5*3600)),
		time.Date(2009, time.November, 10, 23, 0, 0, 500000000, time.FixedZone("", 5*3600+30*60)),
		time.Date(2021, time.July, 4, 12, 0, 0, 1, time.FixedZone("ACST", 9*3600+30*60)),
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			fmt.Printf("%-12s %s\n", l.name, t.Format(l.layout))
		}
	}
	// the layout strings themselves
	fmt.Println(time.RFC3339, "|", time.RFC3339Nano, "|", time.Kitchen, "|", time.DateTime)
}
