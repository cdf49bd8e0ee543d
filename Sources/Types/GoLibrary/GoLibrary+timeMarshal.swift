// Package time's encodings of Time in Go: GoString, text and JSON
// (RFC 3339 with nanoseconds, years 0…9999), and Go's binary form (version
// 1: a version byte, seconds since year 1 and nanoseconds big-endian, the
// zone offset in minutes, -1 for UTC; version 2 adds the offset's seconds),
// which Gob uses too. ZoneBounds: gosub's zones have no transitions.
extension GoLibrary {
    static let timeMarshal = #"""

func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s := "time.Date(" + strconv.Itoa(year) + ", time." + month.String() + ", " + strconv.Itoa(day) + ", " +
		strconv.Itoa(hour) + ", " + strconv.Itoa(min) + ", " + strconv.Itoa(sec) + ", " + strconv.Itoa(int(t.nsec())) + ", "
	switch t.loc {
	case nil, &utcLoc:
		s += "time.UTC"
	case &localLoc:
		s += "time.Local"
	default:
		s += "time.Location(" + quote(t.loc.name) + ")"
	}
	return s + ")"
}

func (t Time) ZoneBounds() (start Time, end Time) { return }

func (t Time) appendRFC3339(b []byte, what string) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New(what + ": year outside of range [0,9999]")
	}
	return t.AppendFormat(b, RFC3339Nano), nil
}

func (t Time) AppendText(b []byte) ([]byte, error) { return t.appendRFC3339(b, "Time.AppendText") }

func (t Time) MarshalText() ([]byte, error) { return t.appendRFC3339(nil, "Time.MarshalText") }

func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

func (t Time) MarshalJSON() ([]byte, error) {
	b, err := t.appendRFC3339([]byte{'"'}, "Time.MarshalJSON")
	if err != nil {
		return nil, err
	}
	return append(b, '"'), nil
}

func (t *Time) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, s[1:len(s)-1])
	return err
}

func (t Time) AppendBinary(b []byte) ([]byte, error) {
	offsetMin := int16(-1) // UTC
	offsetSec := int8(0)
	version := byte(1)
	if t.loc != nil && t.loc != &utcLoc {
		_, offset := t.loc.lookup()
		if offset%60 != 0 {
			version = 2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec, nsec := t.sec(), t.nsec()
	b = append(b, version)
	for i := 56; i >= 0; i -= 8 {
		b = append(b, byte(sec>>i))
	}
	b = append(b, byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec), byte(offsetMin>>8), byte(offsetMin))
	if version == 2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != 1 && version != 2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == 2 {
		want = 16
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for i := 1; i <= 8; i++ {
		sec = sec<<8 | int64(data[i])
	}
	nsec := int32(data[9])<<24 | int32(data[10])<<16 | int32(data[11])<<8 | int32(data[12])
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == 2 {
		offset += int(int8(data[15]))
	}
	*t = Time{wall: uint64(nsec), ext: sec}
	if offset == -60 {
		t.setLoc(&utcLoc)
	} else if _, local := Local.lookup(); offset == local {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
"""#
}
