// Package strconv in Go: its error values and *NumError, integer and bool
// parsing with Go's bases, prefixes, underscores and range errors, ParseFloat
// (Go's syntax checked here, the correctly rounded conversion a native), and
// the Append*/Format* forms. Itoa, FormatInt, FormatFloat and Quote are
// Swift natives.
extension GoLibrary {
    static let strconv = #"""
package strconv

import (
	"errors"
	"unicode/utf8"
)

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, cloneString(str), ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, cloneString(str), ErrRange} }

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

func cloneString(s string) string { return string([]byte(s)) }

func lower(c byte) byte { return c | ('x' - 'X') }

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

const maxUint64 = 1<<64 - 1

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	cutoff := maxUint64/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = cloneString(s0)
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

func Atoi(s string) (int, error) {
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = "Atoi"
	}
	return int(i64), err
}

// underscoreOK reports whether underscores in s separate digits (after an
// optional sign and base prefix) as Go's literal syntax allows.
func underscoreOK(s string) bool {
	saw := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// parseFloat converts well-formed decimal or hexadecimal float syntax,
// correctly rounded to the bit size; ok is false if the text is not a number.
func parseFloat(s string, bitSize int) (f float64, ok bool)

func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	if f, ok := special(s); ok {
		return f, nil
	}
	t := s
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	hex := len(t) > 2 && t[0] == '0' && lower(t[1]) == 'x'
	if !floatSyntaxOK(t, hex) {
		return 0, syntaxError(fn, s)
	}
	clean := s
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			if !underscoreOK(s) {
				return 0, syntaxError(fn, s)
			}
			b := make([]byte, 0, len(s))
			for j := 0; j < len(s); j++ {
				if s[j] != '_' {
					b = append(b, s[j])
				}
			}
			clean = string(b)
			break
		}
	}
	f, ok := parseFloat(clean, bitSize)
	if !ok {
		return 0, syntaxError(fn, s)
	}
	if f > 1.7976931348623157e308 || f < -1.7976931348623157e308 || bitSize == 32 && (f > 3.4028234663852886e38 || f < -3.4028234663852886e38) {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// special: infinities and NaN in Go's spellings (any case).
func special(s string) (float64, bool) {
	t := s
	sign := 1.0
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		if t[0] == '-' {
			sign = -1
		}
		t = t[1:]
	}
	lowered := make([]byte, len(t))
	for i := 0; i < len(t); i++ {
		lowered[i] = lower(t[i])
	}
	switch string(lowered) {
	case "inf", "infinity":
		var zero float64
		return sign / zero, true
	case "nan":
		if len(t) != len(s) {
			return 0, false
		}
		var zero float64
		return zero / zero, true
	}
	return 0, false
}

// floatSyntaxOK: digits [. digits] [e|E [sign] digits], or 0x hexdigits [. hexdigits] p|P [sign] digits;
// underscores are allowed here and checked by underscoreOK.
func floatSyntaxOK(t string, hex bool) bool {
	i := 0
	if hex {
		i = 2
	}
	isDigit := func(c byte) bool {
		return '0' <= c && c <= '9' || c == '_' || hex && 'a' <= lower(c) && lower(c) <= 'f'
	}
	digits := 0
	for i < len(t) && isDigit(t[i]) {
		i++
		digits++
	}
	if i < len(t) && t[i] == '.' {
		i++
		for i < len(t) && isDigit(t[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(t) && (hex && lower(t[i]) == 'p' || !hex && lower(t[i]) == 'e') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		exp := 0
		for i < len(t) && ('0' <= t[i] && t[i] <= '9' || t[i] == '_') {
			i++
			exp++
		}
		if exp == 0 {
			return false
		}
	} else if hex {
		return false
	}
	return i == len(t)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if i == 0 {
		return "0"
	}
	var b [64]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = "0123456789abcdefghijklmnopqrstuvwxyz"[i%uint64(base)]
		i /= uint64(base)
	}
	return string(b[n:])
}

func AppendInt(dst []byte, i int64, base int) []byte   { return append(dst, FormatInt(i, base)...) }
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

// CanBackquote reports whether s can be written as a raw string literal:
// valid UTF-8 without a byte order mark, a backquote, DEL, or control
// characters other than tab.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case size > 1 && r == 0xFEFF:
			return false
		case size > 1:
			continue
		case r == utf8.RuneError, r == '`', r == 0x7F, r < ' ' && r != '\t':
			return false
		}
	}
	return true
}

func QuoteRune(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	q := Quote(string(r))
	inner := q[1 : len(q)-1]
	switch inner {
	case `\"`:
		inner = `"`
	case `'`:
		inner = `\'`
	}
	return "'" + inner + "'"
}

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or escape of s, a literal quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// unquote parses the quoted literal at the start of in: its value (or, with
// unescape false, the literal itself) and what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := 1
	for ; end < len(in) && in[end] != quote; end++ {
		if in[end] == '\\' && quote != '`' {
			end++
		}
	}
	if end >= len(in) {
		return "", in, ErrSyntax
	}
	body, rem := in[1:end], in[end+1:]
	switch quote {
	case '`':
		if !unescape {
			return in[:end+1], rem, nil
		}
		if index(body, "\r") < 0 {
			return body, rem, nil
		}
		b := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				b = append(b, body[i])
			}
		}
		return string(b), rem, nil
	case '"', '\'':
		var buf []byte
		n := 0
		for s := body; len(s) > 0; {
			if s[0] == '\n' {
				return "", in, ErrSyntax
			}
			r, multibyte, tail, err := UnquoteChar(s, quote)
			if err != nil {
				return "", in, err
			}
			s = tail
			n++
			if r < utf8.RuneSelf || !multibyte {
				buf = append(buf, byte(r))
			} else {
				buf = utf8.AppendRune(buf, r)
			}
		}
		if quote == '\'' && n != 1 {
			return "", in, ErrSyntax
		}
		if !unescape {
			return in[:end+1], rem, nil
		}
		return string(buf), rem, nil
	}
	return "", in, ErrSyntax
}

// index of sub in s (strconv does not import strings).
func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
"""#
}
