// run

// time.Parse with predefined and custom layouts: valid inputs without numeric zone offsets
// (those depend on time.Local; see parse_in_location.go), fractions, two-digit years, names.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC3339, "2024-03-05T14:07:09Z"},
		{time.RFC3339, "2024-03-05T14:07:09.123Z"}, // fractional seconds accepted after seconds
		{time.RFC3339Nano, "2024-03-05T14:07:09.123456789Z"},
		{time.RFC3339Nano, "2024-03-05T14:07:09Z"},
		{time.RFC1123, "Tue, 05 Mar 2024 14:07:09 UTC"},
		{time.RFC850, "Tuesday, 05-Mar-24 14:07:09 UTC"},
		{time.ANSIC, "Tue Mar  5 14:07:09 2024"},
		{time.UnixDate, "Tue Mar  5 14:07:09 UTC 2024"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.DateTime, "2024-03-05 14:07:09"},
		{time.DateOnly, "2024-02-29"},
		{time.TimeOnly, "23:59:59"},
		{time.StampMilli, "Mar  5 14:07:09.123"},
		{"2006-01-02 15:04:05.000", "2024-03-05 14:07:09.120"},
		{"2006-01-02 15:04:05", "2024-03-05 14:07:09.987654321"},
		{"02/01/2006", "31/12/1999"},
		{"2/1/06", "7/4/76"},
		{"2/1/06", "7/4/68"},
		{"2/1/06", "7/4/69"},
		{"Jan _2 2006", "Feb  3 2013"},
		{"January 2, 2006", "september 9, 2021"},
		{"Monday Jan 2 2006", "friday Mar 1 2024"},
		{"2006-002", "2024-060"},
		{"2006 __2", "2023 365"},
		{"3pm", "11am"},
		{"2006-01-02T15:04:05,000Z07:00", "2024-03-05T14:07:09,5Z"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Printf("%q: error %v\n", c.value, err)
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%-38q -> %s [%q %d] unix=%d\n", c.value, t, name, off, t.Unix())
	}
	// round trip through layouts without a zone: Format then Parse gives an Equal time
	orig := time.Date(2024, 3, 5, 14, 7, 9, 123456789, time.UTC)
	for _, l := range []string{time.RFC3339Nano, time.DateTime, "2006-01-02 15:04:05.999999999", time.StampNano} {
		back, err := time.Parse(l, orig.Format(l))
		fmt.Println(l, back.Equal(orig), back, err)
	}
}
