// run

// time.Unix, UnixMilli, UnixMicro and the Unix/UnixNano/UnixMilli/UnixMicro readings of fixed times.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, sec := range []int64{0, 1, -1, 86399, 86400, 951782400, 1700000000, 2147483647, 2147483648, 4102444800, -2208988800, -62135596800, 253402300799} {
		t := time.Unix(sec, 0).UTC()
		fmt.Printf("%d -> %s weekday=%s\n", sec, t, t.Weekday())
	}
	// nanoseconds outside [0, 1e9) are normalized
	fmt.Println(time.Unix(0, 1500000000).UTC())
	fmt.Println(time.Unix(0, -1).UTC())
	fmt.Println(time.Unix(10, -10500000000).UTC())
	fmt.Println(time.Unix(0, math.MaxInt64).UTC())

	fmt.Println(time.UnixMilli(0).UTC(), time.UnixMilli(1700000000123).UTC(), time.UnixMilli(-1).UTC())
	fmt.Println(time.UnixMicro(1700000000123456).UTC(), time.UnixMicro(-1).UTC())

	t := time.Date(2024, time.February, 29, 13, 14, 15, 161718192, time.UTC)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	// the same instant in another zone has the same Unix readings
	z := t.In(time.FixedZone("X", -7*3600))
	fmt.Println(z, z.Unix() == t.Unix(), z.UnixNano() == t.UnixNano(), z.Equal(t), z == t)

	// before 1970: negative readings
	b := time.Date(1969, time.December, 31, 23, 59, 59, 500000000, time.UTC)
	fmt.Println(b.Unix(), b.UnixMilli(), b.UnixMicro(), b.UnixNano(), b.Nanosecond())

	// round trips
	fmt.Println(time.Unix(t.Unix(), int64(t.Nanosecond())).UTC().Equal(t))
	fmt.Println(time.UnixMilli(t.UnixMilli()).UTC())
	fmt.Println(time.UnixMicro(t.UnixMicro()).UTC())
	fmt.Println(time.Unix(0, t.UnixNano()).UTC())

	// the zero Time's Unix readings; UnixNano near the ends of its range (1678..2262)
	var zero time.Time
	fmt.Println(zero.Unix(), zero.UnixMilli(), zero.UnixMicro())
	fmt.Println(time.Date(1678, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano(), time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())

	// Unix with a location attached via In
	fmt.Println(time.Unix(1700000000, 0).In(time.FixedZone("IST", 5*3600+1800)))
	fmt.Println(time.Unix(1700000000, 0).In(time.UTC).Location(), time.Unix(0, 0).UTC().Location())
}
