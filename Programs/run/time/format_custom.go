// run

// Time.Format with custom layouts: fractional seconds, padding, 12-hour clock, names, literal text.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2024, time.March, 5, 14, 7, 9, 123456789, time.UTC),
		time.Date(2007, time.October, 21, 0, 4, 5, 120000000, time.UTC),
		time.Date(987, time.January, 1, 12, 30, 0, 0, time.UTC),
		time.Date(2024, time.December, 30, 9, 0, 0, 100, time.UTC),
	}
	layouts := []string{
		"2006-01-02 15:04:05.000",
		"2006-01-02 15:04:05.000000",
		"2006-01-02 15:04:05.000000000",
		"15:04:05.999",
		"15:04:05.999999",
		"15:04:05.999999999",
		"15:04:05,000",
		"15:04:05,999",
		"15:04:05.0",
		"15:04:05.9",
		"05.00 .99",
		"_2 Jan 2006",
		"__2 2006",
		"002 2006",
		"2 1 06",
		"02/01/2006",
		"3:04pm",
		"03:04:05 PM",
		"3PM 3pm",
		"Mon Monday Jan January",
		"Monday, January 2, 2006 at 3:04pm",
		"06 2006 1 01 Jan",
		"15h04m05s",
		"2006-01-02T15:04:05",
		"20060102150405",
		"[2006] {01} (02)",
		"no layout elements here",
		"",
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			fmt.Printf("%-36q %q\n", l, t.Format(l))
		}
	}
	// AppendFormat appends to a buffer
	b := []byte("log: ")
	b = times[0].AppendFormat(b, time.Kitchen)
	fmt.Println(string(b))
	// elements that look alike: "Jan" vs "January", "Mon" vs "Monday", "1" vs "15"
	fmt.Println(times[0].Format("Janu Mond 1504 0102 150405"))
}
