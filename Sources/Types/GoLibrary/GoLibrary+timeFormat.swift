// Package time's layouts in Go: Format, AppendFormat, String, Parse and
// ParseInLocation. A layout is split into literal text and elements, the
// parts of Go's reference time "Mon Jan 2 15:04:05 MST 2006" (nextElem:
// "January", "01", "_2", "002", "15", "PM", "-07:00", "Z0700", ".000",
// ",999", …); Format writes each element of the time, Parse reads them back
// and assembles the Time at the end, with Go's error texts.
extension GoLibrary {
    static let timeFormat = #"""

const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elemLowerPM
	elemTZ
	elemISO8601TZ
	elemISO8601SecondsTZ
	elemISO8601ShortTZ
	elemISO8601ColonTZ
	elemISO8601ColonSecondsTZ
	elemNumTZ
	elemNumSecondsTZ
	elemNumShortTZ
	elemNumColonTZ
	elemNumColonSecondsTZ
	elemFrac0 // ".000": as many digits as zeros
	elemFrac9 // ".999": trailing zeros dropped
)

// layoutElems: the elements in the order they are tried at a position.
var layoutElems = [...]struct {
	text string
	elem int
}{
	{"January", elemLongMonth}, {"Jan", elemMonth},
	{"Monday", elemLongWeekDay}, {"Mon", elemWeekDay}, {"MST", elemTZ},
	{"002", elemZeroYearDay}, {"01", elemZeroMonth}, {"02", elemZeroDay}, {"03", elemZeroHour12},
	{"04", elemZeroMinute}, {"05", elemZeroSecond}, {"06", elemYear},
	{"15", elemHour}, {"1", elemNumMonth},
	{"2006", elemLongYear}, {"2", elemDay},
	{"__2", elemUnderYearDay}, {"_2", elemUnderDay},
	{"3", elemHour12}, {"4", elemMinute}, {"5", elemSecond},
	{"PM", elemPM}, {"pm", elemLowerPM},
	{"-07:00:00", elemNumColonSecondsTZ}, {"-070000", elemNumSecondsTZ}, {"-07:00", elemNumColonTZ},
	{"-0700", elemNumTZ}, {"-07", elemNumShortTZ},
	{"Z07:00:00", elemISO8601ColonSecondsTZ}, {"Z070000", elemISO8601SecondsTZ}, {"Z07:00", elemISO8601ColonTZ},
	{"Z0700", elemISO8601TZ}, {"Z07", elemISO8601ShortTZ},
}

// nextElem splits layout at its first element: the literal text before it,
// the element (elemNone at the end), its digit count (fractions), the text after.
func nextElem(layout string) (prefix string, elem int, digits int, rest string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		if (c == '.' || c == ',') && i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			j := i + 1
			for j < len(layout) && layout[j] == layout[i+1] {
				j++
			}
			if j == len(layout) || layout[j] < '0' || layout[j] > '9' {
				e := elemFrac0
				if layout[i+1] == '9' {
					e = elemFrac9
				}
				return layout[:i], e, j - i - 1, layout[j:]
			}
			continue
		}
		if c == '_' && len(layout) >= i+5 && layout[i+1:i+5] == "2006" {
			// "_2006" is an underscore and a year
			return layout[:i+1], elemLongYear, 0, layout[i+5:]
		}
		for _, e := range layoutElems {
			if len(layout)-i >= len(e.text) && layout[i:i+len(e.text)] == e.text {
				rest := layout[i+len(e.text):]
				if (e.elem == elemMonth || e.elem == elemWeekDay) && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
					break // "Janu", "Mond": text, not an element
				}
				return layout[:i], e.elem, 0, rest
			}
		}
	}
	return layout, elemNone, 0, ""
}

func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// String: Format("2006-01-02 15:04:05.999999999 -0700 MST"), then the
// monotonic reading, if t has one, as " m=±seconds".
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic != 0 {
		m := uint64(t.ext)
		sign := "+"
		if t.ext < 0 {
			sign = "-"
			m = -m
		}
		s += " m=" + sign + strconv.FormatUint(m/1e9, 10) + "." + string(appendDigits(nil, int(m%1e9), 9))
	}
	return s
}

// appendDigits appends x in decimal, zero-padded to width digits; a negative x gets a '-' first.
func appendDigits(b []byte, x int, width int) []byte {
	if x < 0 {
		b = append(b, '-')
		x = -x
	}
	var buf [20]byte
	i := len(buf)
	for x >= 10 {
		i--
		buf[i] = byte('0' + x%10)
		x /= 10
	}
	i--
	buf[i] = byte('0' + x)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.loc.lookup()
	days, secs := t.local()
	year, month, day := civilDate(days)
	hour, min, sec := int(secs/secondsPerHour), int(secs%secondsPerHour/secondsPerMinute), int(secs%secondsPerMinute)
	for layout != "" {
		prefix, elem, digits, rest := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		sep := layout[len(prefix)] // a fraction's '.' or ','
		layout = rest
		switch elem {
		case elemLongYear:
			b = appendDigits(b, year, 4)
		case elemYear:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendDigits(b, y, 2)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemNumMonth:
			b = appendDigits(b, int(month), 0)
		case elemZeroMonth:
			b = appendDigits(b, int(month), 2)
		case elemLongWeekDay:
			b = append(b, weekdayOf(days).String()...)
		case elemWeekDay:
			b = append(b, weekdayOf(days).String()[:3]...)
		case elemDay:
			b = appendDigits(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendDigits(b, day, 0)
		case elemZeroDay:
			b = appendDigits(b, day, 2)
		case elemUnderYearDay, elemZeroYearDay:
			yday := int(days-daysFrom(year, 1, 1)) + 1
			if elem == elemUnderYearDay {
				for w := 100; w > 1 && yday < w; w /= 10 {
					b = append(b, ' ')
				}
				b = appendDigits(b, yday, 0)
			} else {
				b = appendDigits(b, yday, 3)
			}
		case elemHour:
			b = appendDigits(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if elem == elemZeroHour12 {
				width = 2
			}
			b = appendDigits(b, h, width)
		case elemMinute:
			b = appendDigits(b, min, 0)
		case elemZeroMinute:
			b = appendDigits(b, min, 2)
		case elemSecond:
			b = appendDigits(b, sec, 0)
		case elemZeroSecond:
			b = appendDigits(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elemLowerPM:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			b = appendOffset(b, offset, false, false, true, false)
		case elemISO8601TZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601ColonSecondsTZ:
			if offset == 0 {
				b = append(b, 'Z')
				break
			}
			fallthrough
		case elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecondsTZ:
			colon := elem == elemISO8601ColonTZ || elem == elemISO8601ColonSecondsTZ ||
				elem == elemNumColonTZ || elem == elemNumColonSecondsTZ
			short := elem == elemISO8601ShortTZ || elem == elemNumShortTZ
			seconds := elem == elemISO8601SecondsTZ || elem == elemISO8601ColonSecondsTZ ||
				elem == elemNumSecondsTZ || elem == elemNumColonSecondsTZ
			b = appendOffset(b, offset, colon, short, !short, seconds)
		case elemFrac0, elemFrac9:
			b = appendFraction(b, sep, int(t.nsec()), digits, elem == elemFrac9)
		}
	}
	return b
}

// appendOffset appends a zone offset as ±hh, then [:]mm, then [:]ss.
func appendOffset(b []byte, offset int, colon, short, minutes, seconds bool) []byte {
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendDigits(b, offset/3600, 2)
	if minutes || seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendDigits(b, offset/60%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendDigits(b, offset%60, 2)
	}
	return b
}

// appendFraction appends sep and the first digits digits of nsec (9 wide);
// trim drops trailing zeros, and the separator too when nothing is left.
func appendFraction(b []byte, sep byte, nsec int, digits int, trim bool) []byte {
	frac := appendDigits(nil, nsec, 9)
	if digits > 9 {
		digits = 9
	}
	frac = frac[:digits]
	if trim {
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		if len(frac) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, frac...)
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// cloneString copies s: a ParseError keeps its own copy of the text, so the
// caller's value may be a temporary (Go's newParseError clones too).
func cloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return string(b)
}

func Parse(layout string, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

func ParseInLocation(layout string, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

var errBad = errors.New("bad value for field")

// lookupName finds which of names value starts with, ignoring ASCII case.
func lookupName(names []string, value string) (int, string, error) {
	for i, n := range names {
		if len(value) >= len(n) && strings.EqualFold(value[:len(n)], n) {
			return i, value[len(n):], nil
		}
	}
	return -1, value, errBad
}

// number reads up to width digits (exactly width when fixed) from s.
func number(s string, width int, fixed bool) (int, string, error) {
	n, x := 0, 0
	for n < width && n < len(s) && s[n] >= '0' && s[n] <= '9' {
		x = x*10 + int(s[n]-'0')
		n++
	}
	if n == 0 || fixed && n < width {
		return 0, s, errBad
	}
	return x, s[n:], nil
}

// skipLiteral matches the layout's literal text; a space matches any run of spaces.
func skipLiteral(value, literal string) (string, error) {
	for len(literal) > 0 {
		if literal[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			literal = strings.TrimLeft(literal, " ")
			value = strings.TrimLeft(value, " ")
			continue
		}
		if len(value) == 0 || value[0] != literal[0] {
			return value, errBad
		}
		literal, value = literal[1:], value[1:]
	}
	return value, nil
}

// fraction reads a separator and n-1 digits as nanoseconds.
func fraction(value string, n int) (int, string, error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		n = 10
	}
	x := 0
	for i := 1; i < n; i++ {
		if value[i] < '0' || value[i] > '9' {
			return 0, "", errBad
		}
		x = x*10 + int(value[i]-'0')
	}
	for i := n; i < 10; i++ {
		x *= 10
	}
	return x, "", nil
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func daysIn(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 31 - int(m-1)%7%2
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	var (
		year, hour, min, sec, nsec int
		month, day, yday           = -1, -1, -1
		pm, am                     bool
		z                          *Location
		zoneOffset                 = -1
		zoneName                   string
	)
	for {
		prefix, elem, digits, rest := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(rest)]
		var err error
		value, err = skipLiteral(value, prefix)
		if err != nil {
			return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), LayoutElem: prefix, ValueElem: cloneString(value)}
		}
		if elem == elemNone {
			if len(value) != 0 {
				return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), ValueElem: cloneString(value), Message: ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		hold := value
		rangeErr := ""
		switch elem {
		case elemYear:
			if year, value, err = number(value, 2, true); err == nil {
				if year >= 69 {
					year += 1900
				} else {
					year += 2000
				}
			}
		case elemLongYear:
			year, value, err = number(value, 4, true)
		case elemMonth, elemLongMonth:
			names := monthNames[:]
			if elem == elemMonth {
				names = shortNames(names)
			}
			month, value, err = lookupName(names, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = number(value, 2, elem == elemZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay, elemLongWeekDay:
			names := dayNames[:]
			if elem == elemWeekDay {
				names = shortNames(names)
			}
			_, value, err = lookupName(names, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if elem == elemUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = number(value, 2, elem == elemZeroDay)
			// the day is checked against the month at the end
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2 && elem == elemUnderYearDay && len(value) > 0 && value[0] == ' '; i++ {
				value = value[1:]
			}
			yday, value, err = number(value, 3, elem == elemZeroYearDay)
			if err == nil && (yday < 1 || yday > 366) {
				rangeErr = "day-of-year"
			}
		case elemHour:
			hour, value, err = number(value, 2, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = number(value, 2, elem == elemZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = number(value, 2, elem == elemZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = number(value, 2, elem == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// a fraction the layout does not mention is read here
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				if _, next, _, _ := nextElem(layout); next == elemFrac0 || next == elemFrac9 {
					break
				}
				n := 2
				for isDigitAt(value, n) {
					n++
				}
				nsec, _, err = fraction(value, n)
				value = value[n:]
			}
		case elemPM, elemLowerPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			switch p := value[:2]; {
			case elem == elemPM && p == "PM", elem == elemLowerPM && p == "pm":
				pm = true
			case elem == elemPM && p == "AM", elem == elemLowerPM && p == "am":
				am = true
			default:
				err = errBad
			}
			value = value[2:]
		case elemISO8601TZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecondsTZ:
			iso := elem >= elemISO8601TZ && elem <= elemISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, rangeErr, err = parseOffset(value, elem)
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n := zoneAbbrevLen(value)
			if n == 0 {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFrac0:
			n := 1 + digits
			if len(value) < n {
				err = errBad
				break
			}
			nsec, _, err = fraction(value, n)
			value = value[n:]
		case elemFrac9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				break
			}
			n := 1
			for n < 10 && isDigitAt(value, n) {
				n++
			}
			nsec, _, err = fraction(value, n)
			value = value[n:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), LayoutElem: elemText, ValueElem: cloneString(value),
				Message: ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), LayoutElem: elemText, ValueElem: cloneString(hold)}
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		if yday == 366 && daysIn(February, year) == 28 {
			return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), ValueElem: cloneString(value), Message: ": day-of-year out of range"}
		}
		m, d := 1, yday
		for m < 12 && d > daysIn(Month(m), year) {
			d -= daysIn(Month(m), year)
			m++
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), ValueElem: cloneString(value), Message: ": day-of-year does not match month"}
		}
		if day >= 0 && day != d {
			return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), ValueElem: cloneString(value), Message: ": day-of-year does not match day"}
		}
		month, day = m, d
	}
	if month < 0 {
		month = 1
	}
	if day < 0 {
		day = 1
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{Layout: alayout, Value: cloneString(avalue), Message: ": day out of range"}
	}
	switch {
	case z != nil:
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	case zoneOffset != -1:
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		if name, offset := local.lookup(); offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(cloneString(zoneName), zoneOffset))
		return t, nil
	case zoneName != "":
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if name, offset := local.lookup(); name == zoneName {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// an unknown abbreviation gets offset 0 (GMT±h its hours), the clock kept as read
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = strconv.Atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(cloneString(zoneName), offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// zoneAbbrevLen: the length of the zone abbreviation value starts with, 0
// if none: GMT with an optional signed hour offset, a signed offset ("+03"),
// ChST or MeST, three upper-case letters, or four or five ending in T (and WITA).
func zoneAbbrevLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4
	}
	if value[:3] == "GMT" {
		return 3 + signedHoursLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedHoursLen(value)
	}
	n := 0
	for n < len(value) && n < 6 && value[n] >= 'A' && value[n] <= 'Z' {
		n++
	}
	switch {
	case n == 3:
		return 3
	case n == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4
	case n == 5 && value[4] == 'T':
		return 5
	}
	return 0
}

// signedHoursLen: the length of a leading ±h offset of at most 23 hours, 0 if none.
func signedHoursLen(s string) int {
	if len(s) < 2 || s[0] != '+' && s[0] != '-' {
		return 0
	}
	n, x := 1, 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		x = x*10 + int(s[n]-'0')
		n++
	}
	if n == 1 || x > 23 {
		return 0
	}
	return n
}

// shortNames: the three-letter forms of month or day names.
func shortNames(long []string) []string {
	short := make([]string, len(long))
	for i, n := range long {
		short[i] = n[:3]
	}
	return short
}

// parseOffset reads ±hh[[:]mm[[:]ss]] as the numeric zone element elem lays
// it out; a field out of range is named for the error.
func parseOffset(value string, elem int) (offset int, rest string, rangeErr string, err error) {
	colon := elem == elemISO8601ColonTZ || elem == elemISO8601ColonSecondsTZ ||
		elem == elemNumColonTZ || elem == elemNumColonSecondsTZ
	short := elem == elemISO8601ShortTZ || elem == elemNumShortTZ
	seconds := elem == elemISO8601SecondsTZ || elem == elemISO8601ColonSecondsTZ ||
		elem == elemNumSecondsTZ || elem == elemNumColonSecondsTZ
	if len(value) < 3 || value[0] != '+' && value[0] != '-' {
		return 0, value, "", errBad
	}
	sign := value[0]
	hh, rest, err := number(value[1:], 2, true)
	if err != nil {
		return 0, value, "", errBad
	}
	mm, ss := 0, 0
	field := func(s string) (int, string, error) {
		if colon {
			if len(s) == 0 || s[0] != ':' {
				return 0, s, errBad
			}
			s = s[1:]
		}
		return number(s, 2, true)
	}
	if !short {
		if mm, rest, err = field(rest); err != nil {
			return 0, value, "", errBad
		}
	}
	if seconds {
		if ss, rest, err = field(rest); err != nil {
			return 0, value, "", errBad
		}
	}
	switch {
	case hh > 24:
		rangeErr = "time zone offset hour"
	case mm > 60:
		rangeErr = "time zone offset minute"
	case ss > 60:
		rangeErr = "time zone offset second"
	}
	offset = (hh*60+mm)*60 + ss
	if sign == '-' {
		offset = -offset
	}
	return offset, rest, rangeErr, nil
}
"""#
}
