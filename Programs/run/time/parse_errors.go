// run

// time.Parse failures: the text of ParseError messages for out-of-range fields, extra text and mismatches.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC3339, ""},
		{time.RFC3339, "2024-03-05"},
		{time.RFC3339, "2024-03-05T14:07:09"},
		{time.RFC3339, "2024-03-05 14:07:09Z"},
		{time.RFC3339, "2024-13-05T14:07:09Z"},
		{time.RFC3339, "2024-02-30T14:07:09Z"},
		{time.RFC3339, "2023-02-29T00:00:00Z"},
		{time.RFC3339, "2024-03-05T24:07:09Z"},
		{time.RFC3339, "2024-03-05T14:60:09Z"},
		{time.RFC3339, "2024-03-05T14:07:60Z"},
		{time.RFC3339, "2024-03-05T14:07:09+25:00"},
		{time.RFC3339, "2024-03-05T14:07:09Zjunk"},
		{time.RFC3339, "24-03-05T14:07:09Z"},
		{time.DateOnly, "2024-3-5"},
		{time.DateOnly, "2024/03/05"},
		{time.DateOnly, "2024-00-10"},
		{time.DateOnly, "2024-01-00"},
		{time.DateTime, "2024-03-05 14:07"},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{time.RFC1123, "Tue, 05 Mar 2024 14:07:09"},
		{time.RFC1123, "Xyz, 05 Mar 2024 14:07:09 UTC"},
		{"Jan 2 2006", "Foo 2 2024"},
		{"Monday", "Funday"},
		{"2006-002", "2023-366"},
		{"2006-002", "2024-000"},
		{"2006-01-02 002", "2024-03-05 100"},
		{"15:04:05.000", "14:07:09.12"},
		{"15:04:05.000", "14:07:09"},
		{"-0700", "+07:00"},
		{"2006", "abcd"},
		{"2006", "99999"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		fmt.Printf("%q\n    %v (zero result: %v)\n", c.value, err, t.IsZero())
	}
	// the error is a *time.ParseError with its fields
	_, err := time.Parse(time.DateOnly, "2024-13-01")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("Layout=%q Value=%q LayoutElem=%q ValueElem=%q Message=%q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	_, err = time.Parse(time.DateOnly, "2024-01-01 extra")
	if errors.As(err, &pe) {
		fmt.Printf("Layout=%q Value=%q LayoutElem=%q ValueElem=%q Message=%q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	fmt.Printf("%T\n", err)
}
