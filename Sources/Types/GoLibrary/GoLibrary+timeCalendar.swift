// Package time's Time and Location in Go. A Time keeps Go's encoding: with
// hasMonotonic set, wall holds 33 bits of seconds since 1885 and 30 bits of
// nanoseconds and ext a monotonic reading; without it, wall holds only the
// nanoseconds and ext the seconds since January 1, year 1 UTC. A nil loc
// means UTC. Calendar dates come from day counts since 0001-01-01 by
// arithmetic on 400-year cycles of the proleptic Gregorian calendar.
//
// Locations: UTC, Local and FixedZone. gosub reads no tzdata: Local is UTC
// (named "Local", zone "UTC") and LoadLocation knows only "UTC" and "Local".
extension GoLibrary {
    static let timeCalendar = #"""

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	daysPer400Years  = 400*365 + 97

	// seconds from January 1, year 1 to the Unix epoch and to 1885 (the wall word's epoch)
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// zone is a fixed zone's abbreviation and offset (seconds east of UTC); a
// Location made by FixedZone points at one from cacheZone.
type zone struct {
	name   string
	offset int
}

var (
	utcLoc   = Location{name: "UTC"}
	localLoc = Location{name: "Local"}
)

func init() {
	UTC = &utcLoc
	Local = &localLoc
}

func FixedZone(name string, offset int) *Location {
	return &Location{name: name, cacheZone: unsafe.Pointer(&zone{name: name, offset: offset})}
}

func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// lookup: the zone abbreviation and offset of times in l.
func (l *Location) lookup() (name string, offset int) {
	if l == nil || l.cacheZone == nil {
		return "UTC", 0
	}
	z := (*zone)(l.cacheZone)
	return z.name, z.offset
}

func Now() Time {
	wall, ext := now()
	return Time{wall: wall, ext: ext, loc: Local}
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		sec += nsec / 1e9
		nsec %= 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{wall: uint64(nsec), ext: sec + unixToInternal, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// sec: seconds since January 1, year 1 UTC.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

func (t *Time) unixSec() int64 { return t.sec() - unixToInternal }

// stripMono drops the monotonic reading, moving the seconds to ext.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// addSec adds d seconds, keeping the monotonic reading while the wall word can hold the result.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		s := int64(t.wall<<1>>(nsecShift+1)) + d
		if s >= 0 && s < 1<<33 {
			t.wall = t.wall&nsecMask | uint64(s)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case d > 0 && sum < t.ext:
		t.ext = 1<<63 - 1
	case d < 0 && sum > t.ext:
		t.ext = -(1<<63 - 1)
	default:
		t.ext = sum
	}
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		m := t.ext + int64(d)
		if d > 0 && m < t.ext || d < 0 && m > t.ext {
			t.stripMono() // the reading overflowed
		} else {
			t.ext = m
		}
	}
	return t
}

func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		d := Duration(t.ext - u.ext)
		switch {
		case t.ext > u.ext && d < 0:
			return maxDuration
		case t.ext < u.ext && d > 0:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) Zone() (name string, offset int) { return t.loc.lookup() }

func (t Time) IsDST() bool { return false }

func (t Time) Unix() int64 { return t.unixSec() }

func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// local: t's day (days since 0001-01-01) and second of that day in its location.
func (t Time) local() (days int64, secs int64) {
	_, offset := t.loc.lookup()
	s := t.sec() + int64(offset)
	days, secs = s/secondsPerDay, s%secondsPerDay
	if secs < 0 {
		secs += secondsPerDay
		days--
	}
	return
}

// civilDate: the date of a day count since 0001-01-01. Counting from
// 0000-03-01 puts each leap day at the end of its 4-, 100- and 400-year cycle.
func civilDate(days int64) (year int, month Month, day int) {
	z := days + 306
	cycle := z / daysPer400Years
	if z%daysPer400Years < 0 {
		cycle--
	}
	d := z - cycle*daysPer400Years                      // day of the cycle, 0…146096
	y := (d - d/1460 + d/36524 - d/146096) / 365         // year of the cycle
	yd := d - (365*y + y/4 - y/100)                      // day of that March-based year
	mp := (5*yd + 2) / 153                               // month, March = 0
	day = int(yd - (153*mp+2)/5 + 1)
	m := mp + 3
	year = int(y + cycle*400)
	if m > 12 {
		m -= 12
		year++
	}
	return year, Month(m), day
}

// daysFrom: the day count since 0001-01-01 of a date (month 1…12, any day).
func daysFrom(year int, month int, day int) int64 {
	y, m := int64(year), int64(month)
	if m <= 2 {
		y--
		m += 12
	}
	cycle := y / 400
	if y%400 < 0 {
		cycle--
	}
	yc := y - cycle*400
	yd := (153*(m-3)+2)/5 + int64(day) - 1
	return cycle*daysPer400Years + yc*365 + yc/4 - yc/100 + yd - 306
}

func weekdayOf(days int64) Weekday {
	w := (days + 1) % 7 // January 1, year 1 was a Monday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.local()
	return civilDate(days)
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Weekday() Weekday {
	days, _ := t.local()
	return weekdayOf(days)
}

func (t Time) YearDay() int {
	days, _ := t.local()
	y, _, _ := civilDate(days)
	return int(days-daysFrom(y, 1, 1)) + 1
}

// ISOWeek: weeks start on Monday, and the week's Thursday decides its year.
func (t Time) ISOWeek() (year int, week int) {
	days, _ := t.local()
	wd := int64(weekdayOf(days))
	if wd == 0 {
		wd = 7
	}
	thursday := days + 4 - wd
	year, _, _ = civilDate(thursday)
	return year, int((thursday-daysFrom(year, 1, 1))/7) + 1
}

func (t Time) Clock() (hour int, min int, sec int) {
	_, s := t.local()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Nanosecond() int { return int(t.nsec()) }

// carry moves whole multiples of base from lo into hi, leaving 0 <= lo < base.
func carry(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		hi += lo / base
		lo %= base
	}
	return hi, lo
}

func Date(year int, month Month, day int, hour int, min int, sec int, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = carry(year, m, 12)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)
	s := daysFrom(year, m+1, 1)*secondsPerDay + int64(day-1)*secondsPerDay +
		int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	_, offset := loc.lookup()
	t := Time{wall: uint64(nsec), ext: s - int64(offset)}
	t.setLoc(loc)
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.since0(d))
}

func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.since0(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// since0: the time since the zero Time, modulo d.
func (t Time) since0(d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	neg := sec < 0
	if neg {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	r := (mulMod(uint64(sec)%m, 1e9%m, m) + uint64(nsec)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod: a*b mod m for a, b < m <= 1<<63, by doubling.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for ; b > 0; b >>= 1 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
	}
	return r
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + strconv.FormatUint(uint64(m), 10) + ")"
}

func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + strconv.FormatUint(uint64(d), 10) + ")"
}
"""#
}
