// run

// Time arithmetic and comparison on fixed times: Add, Sub, AddDate, Before/After/Equal/Compare, IsZero.
package main

import (
	"fmt"
	"math"
	"time"
)

type event struct {
	Name string
	At   time.Time
}

func main() {
	t := time.Date(2024, time.January, 31, 22, 0, 0, 0, time.UTC)
	fmt.Println(t.Add(3 * time.Hour))
	fmt.Println(t.Add(-48 * time.Hour))
	fmt.Println(t.Add(1500 * time.Millisecond))
	fmt.Println(t.Add(-time.Nanosecond))
	fmt.Println(t.AddDate(0, 1, 0)) // Feb 31 -> Mar 2
	fmt.Println(t.AddDate(0, -2, 0))
	fmt.Println(t.AddDate(1, 1, 1))
	fmt.Println(t.AddDate(0, 0, 366))
	fmt.Println(t.AddDate(-2024, 0, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(4, 0, 0))

	u := time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Sub(t), t.Sub(u), u.Sub(u))
	fmt.Println(u.Sub(t).Hours(), int(u.Sub(t).Hours()/24))
	// Sub saturates at the Duration range
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	old := time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(old) == math.MaxInt64, old.Sub(far) == math.MinInt64)
	fmt.Println(far.Sub(old), old.Sub(far))

	// comparisons
	a := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	b := a.Add(time.Nanosecond)
	c := a.In(time.FixedZone("plus2", 2*3600))
	fmt.Println(a.Before(b), a.After(b), b.After(a), a.Equal(b), a.Before(a))
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a), a.Compare(c))
	fmt.Println(a.Equal(c), a == c, c) // same instant, different location
	fmt.Println(c.Hour(), c.Before(a), c.After(a))

	// IsZero and the zero Time
	var z time.Time
	fmt.Println(z.IsZero(), a.IsZero(), time.Time{}.IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("F", 3600)).IsZero())
	fmt.Println(z)
	fmt.Println(z.Add(time.Hour), z.Before(a), z.Sub(a) == math.MinInt64)
	fmt.Println(z.AddDate(2023, 0, 0))
	fmt.Printf("%v|%+v\n", event{"launch", a}, event{"zero", z})

	// sorting-style use of Compare
	evs := []event{{"c", a.Add(2 * time.Hour)}, {"a", a.Add(-time.Hour)}, {"b", a}}
	for i := 1; i < len(evs); i++ {
		for j := i; j > 0 && evs[j].At.Compare(evs[j-1].At) < 0; j-- {
			evs[j], evs[j-1] = evs[j-1], evs[j]
		}
	}
	for _, e := range evs {
		fmt.Print(e.Name, " ", e.At.Format(time.Kitchen), "; ")
	}
	fmt.Println()

	// Times as map keys: == compares location too, so use UTC() or Unix for keys
	m := map[time.Time]string{a: "utc"}
	_, ok1 := m[c]
	_, ok2 := m[c.UTC()]
	fmt.Println(ok1, ok2)
}
