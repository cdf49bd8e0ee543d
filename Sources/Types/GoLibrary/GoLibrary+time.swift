// Package time in Go: Duration's methods (String in Go's format: "1h2m3.5s",
// "1.5µs", "0s"). Clocks, timers and Time are not implemented yet.
extension GoLibrary {
    static let time = #"""
package time

import "strconv"

func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = strconv.FormatUint(u, 10) + "ns"
	case u < uint64(Millisecond):
		s = formatFrac(u, 3) + "µs"
	case u < uint64(Second):
		s = formatFrac(u, 6) + "ms"
	default:
		s = formatFrac(u%uint64(Minute), 9) + "s"
		u /= uint64(Minute)
		if u > 0 {
			s = strconv.FormatUint(u%60, 10) + "m" + s
			u /= 60
			if u > 0 {
				s = strconv.FormatUint(u, 10) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// formatFrac prints v / 10^prec with the fraction's trailing zeros dropped.
func formatFrac(v uint64, prec int) string {
	var digits [20]byte
	n := 0
	printed := false
	for i := 0; i < prec; i++ {
		d := byte(v % 10)
		printed = printed || d != 0
		if printed {
			digits[n] = d + '0'
			n++
		}
		v /= 10
	}
	frac := ""
	if n > 0 {
		b := make([]byte, 0, n+1)
		b = append(b, '.')
		for i := n - 1; i >= 0; i-- {
			b = append(b, digits[i])
		}
		frac = string(b)
	}
	return strconv.FormatUint(v, 10) + frac
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
"""#
}
