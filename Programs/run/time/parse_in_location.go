// run

// time.ParseInLocation with FixedZone and UTC: values without a zone take the given location;
// numeric offsets and abbreviations are matched against it, not against time.Local.
package main

import (
	"fmt"
	"time"
)

func show(label string, t time.Time, err error) {
	if err != nil {
		fmt.Printf("%-10s error: %v\n", label, err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%-10s %s [%q %d] %s\n", label, t, name, off, t.UTC().Format(time.RFC3339))
}

func main() {
	ist := time.FixedZone("IST", 5*3600+30*60)
	pst := time.FixedZone("PST", -8*3600)

	// no zone in the value: the location supplies it
	t, err := time.ParseInLocation(time.DateTime, "2024-03-05 14:07:09", ist)
	show("ist", t, err)
	t, err = time.ParseInLocation(time.DateTime, "2024-03-05 14:07:09", pst)
	show("pst", t, err)
	t, err = time.ParseInLocation(time.DateOnly, "2024-03-05", time.UTC)
	show("utc", t, err)

	// an offset that matches the location's offset gives that location
	t, err = time.ParseInLocation(time.RFC3339, "2024-03-05T14:07:09+05:30", ist)
	show("match", t, err)
	// an offset that does not match gives a fabricated zone with no name
	t, err = time.ParseInLocation(time.RFC3339, "2024-03-05T14:07:09-08:00", ist)
	show("mismatch", t, err)
	t, err = time.ParseInLocation(time.RFC3339, "2024-03-05T14:07:09+00:00", ist)
	show("zero off", t, err)
	t, err = time.ParseInLocation(time.RFC3339, "2024-03-05T14:07:09+00:00", time.UTC)
	show("zero utc", t, err)
	// Z is always UTC
	t, err = time.ParseInLocation(time.RFC3339, "2024-03-05T14:07:09Z", ist)
	show("Z", t, err)

	// other offset forms, parsed against UTC so the result does not depend on time.Local
	for _, c := range []struct{ layout, value string }{
		{time.RFC1123Z, "Tue, 05 Mar 2024 14:07:09 -0700"},
		{time.RFC822Z, "05 Mar 24 14:07 +0100"},
		{"20060102T150405Z0700", "20240305T140709+0200"},
		{"2006-01-02 -07", "2024-03-05 +03"},
		{"15:04:05 -07:00:00", "12:00:00 -04:56:02"},
		{time.RFC3339Nano, "2024-03-05T14:07:09.5-03:00"},
	} {
		t, err := time.ParseInLocation(c.layout, c.value, time.UTC)
		show("offset", t, err)
	}

	// a zone abbreviation that names the location's zone takes its offset;
	// an unknown abbreviation gets a zero offset under that name
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-03-05 14:07 PST", pst)
	show("abbr", t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-03-05 14:07 XYZ", pst)
	show("unknown", t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-03-05 14:07 UTC", pst)
	show("UTC abbr", t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-03-05 14:07 GMT+3", time.UTC)
	show("GMT+3", t, err)

	// the same wall clock in two locations is two different instants
	a, _ := time.ParseInLocation(time.DateTime, "2024-01-01 00:00:00", ist)
	b, _ := time.ParseInLocation(time.DateTime, "2024-01-01 00:00:00", pst)
	fmt.Println(b.Sub(a), a.Before(b), a.Equal(b))

	// round trip with a fixed zone
	orig := time.Date(2024, 3, 5, 14, 7, 9, 123456789, time.FixedZone("", -3*3600))
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate} {
		back, err := time.ParseInLocation(l, orig.Format(l), time.UTC)
		fmt.Println(l, "|", back.Equal(orig), back, err)
	}

	// errors are the same as Parse's
	_, err = time.ParseInLocation(time.DateOnly, "2024-02-30", ist)
	fmt.Println(err)
}
