// Package unicode/utf8 in Go: the functions the Swift natives (decoding,
// encoding by AppendRune, counting, validity) do not cover.
extension GoLibrary {
    static let utf8 = #"""
package utf8

func FullRuneInString(s string) bool { return FullRune([]byte(s)) }

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func Valid(p []byte) bool { return ValidString(string(p)) }

func EncodeRune(p []byte, r rune) int {
	b := AppendRune(nil, r)
	_ = p[len(b)-1]
	return copy(p, b)
}

func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if c := s[start]; c < RuneSelf {
		return rune(c), 1
	}
	lim := max(end-UTFMax, 0)
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	start = max(start, 0)
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRune(p []byte) (r rune, size int) { return DecodeLastRuneInString(string(p)) }
"""#
}
