// Package time in Go, in four pieces joined into one source: this one
// (the imports, Duration's methods with String in Go's format — "1h2m3.5s",
// "1.5µs", "0s" — and ParseDuration), the timers (GoLibrary+timeTimers),
// Time and Location (GoLibrary+timeCalendar) and layouts
// (GoLibrary+timeFormat) and Time's encodings (GoLibrary+timeMarshal).
extension GoLibrary {
    static let time = timeDuration + timeTimers + timeCalendar + timeFormat + timeMarshal

    static let timeDuration = #"""
package time

import (
	"errors"
	"strconv"
	"strings"
	"unsafe"
)

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

// ParseDuration parses a sequence of decimal numbers, each with an optional
// fraction and a unit ("ns", "us" or "µs", "ms", "s", "m", "h"), with an
// optional sign before the first: "300ms", "-1.5h", "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return 0, invalid
		}
		whole, rest, ok := leadingDigits(s)
		if !ok {
			return 0, invalid
		}
		hasWhole := len(rest) != len(s)
		s = rest
		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := 0
			for n < len(s) && s[n] >= '0' && s[n] <= '9' {
				// digits past what a uint64 holds only lower the precision
				if frac <= (1<<63-1)/10 {
					frac = frac*10 + uint64(s[n]-'0')
					scale *= 10
				}
				n++
			}
			hasFrac = n > 0
			s = s[n:]
		}
		if !hasWhole && !hasFrac {
			return 0, invalid
		}
		n := 0
		for n < len(s) && s[n] != '.' && (s[n] < '0' || s[n] > '9') {
			n++
		}
		if n == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		unit, known := durationUnits[s[:n]]
		if !known {
			return 0, errors.New("time: unknown unit " + quote(s[:n]) + " in duration " + quote(orig))
		}
		s = s[n:]
		if whole > 1<<63/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

var durationUnits = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// leadingDigits reads the decimal number s starts with; false when it overflows 63 bits.
func leadingDigits(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, s, false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, s, false
		}
	}
	return x, s[i:], true
}

// quote quotes s as package time's error messages do: bytes outside
// printable ASCII as \xHH, quotes and backslashes escaped.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	b = append(b, '"')
	return string(b)
}
"""#
}
