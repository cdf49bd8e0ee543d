// run

// Zone layout elements and Time.String with FixedZone locations of positive, negative and zero offsets.
package main

import (
	"fmt"
	"time"
)

type record struct {
	ID   int
	When time.Time
}

func main() {
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("UTC", 0),
		time.FixedZone("", 0),
		time.FixedZone("CET", 3600),
		time.FixedZone("PST", -8*3600),
		time.FixedZone("", -8*3600),
		time.FixedZone("IST", 5*3600+30*60),
		time.FixedZone("NPT", 5*3600+45*60),
		time.FixedZone("NST", -(3*3600 + 30*60)),
		time.FixedZone("LMT", -(4*3600 + 56*60 + 2)),
		time.FixedZone("", 14*3600),
		time.FixedZone("odd", 17),
	}
	layout := "MST|Z07:00|Z0700|Z07|Z07:00:00|-07:00|-0700|-07|-07:00:00"
	base := time.Date(2024, time.June, 1, 12, 0, 0, 0, time.UTC)
	for _, z := range zones {
		t := base.In(z)
		name, off := t.Zone()
		fmt.Printf("%-6q %6d %s | %s\n", name, off, t.Format(layout), t)
		fmt.Printf("       %v | %s\n", t.Location(), t.Format(time.RFC3339))
	}

	// String of times with and without fractional seconds, in several zones
	for _, t := range []time.Time{
		time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
		time.Date(2024, 1, 2, 3, 4, 5, 600000000, time.FixedZone("A", 3600)),
		time.Date(2024, 1, 2, 3, 4, 5, 1, time.FixedZone("", -3600)),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		fmt.Println(t.String())
		fmt.Printf("%v | %s | %+v | %q\n", t, t, t, t)
	}
	// a Time inside structs, slices, maps and pointers
	r := record{7, time.Date(2024, 2, 3, 4, 5, 6, 0, time.FixedZone("X", -2*3600))}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println([]time.Time{r.When, r.When.UTC()})
	fmt.Println(map[string]time.Time{"k": r.When})
	fmt.Println(&r.When == nil, *(&r.When))
	fmt.Printf("%d\n", r.When.Year())

	// Location names
	fmt.Println(time.UTC.String(), time.FixedZone("ZZ", 60).String(), fmt.Sprint(time.FixedZone("", 60)))
	// In panics on a nil location
	defer func() { fmt.Println("recovered:", recover()) }()
	base.In(nil)
}
