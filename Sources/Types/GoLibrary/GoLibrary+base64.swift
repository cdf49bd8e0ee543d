// Package encoding/base64 in Go: an Encoding is its 64-character alphabet,
// the reverse map, the padding rune (NoPadding: none) and strictness
// (Strict: the unused low bits of the last character must be zero).
// Decoding skips '\r' and '\n' as Go's does and reports the offset of the
// first bad byte as a CorruptInputError; NewEncoder buffers up to two
// bytes until Close, NewDecoder decodes whole quanta as they arrive.
extension GoLibrary {
    static let base64 = #"""
package base64

import (
	"io"
	"strconv"
)

const (
	encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

var (
	StdEncoding    = NewEncoding(encodeStd)
	URLEncoding    = NewEncoding(encodeURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		switch {
		case encoder[i] == '\n', encoder[i] == '\r':
			panic("encoding alphabet contains newline character")
		case e.decodeMap[encoder[i]] != 0xff:
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decodeMap[encoder[i]] = uint8(i)
	}
	return e
}

func (enc Encoding) WithPadding(padding rune) *Encoding {
	switch {
	case padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff:
		panic("invalid padding")
	case padding != NoPadding && enc.decodeMap[byte(padding)] != 0xff:
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst[di] = enc.encode[v>>18&0x3f]
		dst[di+1] = enc.encode[v>>12&0x3f]
		dst[di+2] = enc.encode[v>>6&0x3f]
		dst[di+3] = enc.encode[v&0x3f]
		src = src[3:]
		di += 4
	}
	if len(src) == 0 {
		return
	}
	v := uint(src[0]) << 16
	if len(src) == 2 {
		v |= uint(src[1]) << 8
	}
	dst[di] = enc.encode[v>>18&0x3f]
	dst[di+1] = enc.encode[v>>12&0x3f]
	if len(src) == 2 {
		dst[di+2] = enc.encode[v>>6&0x3f]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
		dst[di+3] = byte(enc.padChar)
	}
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := len(dst)
	dst = append(dst, make([]byte, enc.EncodedLen(len(src)))...)
	enc.Encode(dst[n:], src)
	return dst
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// Decode decodes quantum by quantum: up to four alphabet characters (newlines
// skipped), then the padding the quantum's length calls for.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for si < len(src) {
		var q [4]byte
		k := 0
		qEnd := -1 // where the quantum (with its padding) ends, once known
		for k < 4 {
			if si == len(src) {
				if k == 0 {
					return n, nil
				}
				if k == 1 || enc.padChar != NoPadding {
					return n, CorruptInputError(si - k)
				}
				break
			}
			c := src[si]
			si++
			if c == '\n' || c == '\r' {
				continue
			}
			if rune(c) == enc.padChar && enc.padChar != NoPadding {
				// padding ends the quantum: "xx==" or "xxx="
				switch k {
				case 0, 1:
					return n, CorruptInputError(si - 1)
				case 2:
					for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
						si++
					}
					if si == len(src) {
						return n, CorruptInputError(len(src))
					}
					if rune(src[si]) != enc.padChar {
						return n, CorruptInputError(si - 1)
					}
					si++
				}
				qEnd = si
				for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
					si++
				}
				if si < len(src) {
					err = CorruptInputError(si)
				}
				break
			}
			d := enc.decodeMap[c]
			if d == 0xff {
				return n, CorruptInputError(si - 1)
			}
			q[k] = d
			k++
		}
		v := uint(q[0])<<18 | uint(q[1])<<12 | uint(q[2])<<6 | uint(q[3])
		if qEnd < 0 {
			qEnd = si
		}
		switch k {
		case 4:
			dst[n], dst[n+1], dst[n+2] = byte(v>>16), byte(v>>8), byte(v)
			n += 3
		case 3:
			if enc.strict && q[2]&3 != 0 {
				return n, CorruptInputError(qEnd - 1)
			}
			dst[n], dst[n+1] = byte(v>>16), byte(v>>8)
			n += 2
		case 2:
			if enc.strict && q[1]&15 != 0 {
				return n, CorruptInputError(qEnd - 2)
			}
			dst[n] = byte(v >> 16)
			n++
		}
		if err != nil || k < 4 {
			return n, err
		}
	}
	return n, nil
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(dst)
	dst = append(dst, make([]byte, enc.DecodedLen(len(src))+3)...)
	m, err := enc.Decode(dst[n:], src)
	return dst[:n+m], err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s))+3)
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

type encoder struct {
	enc  *Encoding
	w    io.Writer
	err  error
	buf  []byte
	done bool
}

func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	e.buf = append(e.buf, p...)
	whole := len(e.buf) / 3 * 3
	if whole > 0 {
		out := make([]byte, e.enc.EncodedLen(whole))
		e.enc.Encode(out, e.buf[:whole])
		if _, e.err = e.w.Write(out); e.err != nil {
			return len(p), e.err
		}
		e.buf = append(e.buf[:0], e.buf[whole:]...)
	}
	return len(p), nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.buf) > 0 {
		out := make([]byte, e.enc.EncodedLen(len(e.buf)))
		e.enc.Encode(out, e.buf)
		_, e.err = e.w.Write(out)
		e.buf = nil
	}
	return e.err
}

type decoder struct {
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input read but not decoded yet (newlines removed)
	nbuf    int
	out     []byte // decoded but not returned yet
	outbuf  [1024 / 4 * 3]byte
	err     error // the decoder's own error, final
	readErr error // the reader's last error
}

func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: r}
}

// fill reads into buf[nbuf:n], dropping newlines.
func (d *decoder) fill(n int) {
	k, err := d.r.Read(d.buf[d.nbuf:n])
	for _, c := range d.buf[d.nbuf : d.nbuf+k] {
		if c != '\n' && c != '\r' {
			d.buf[d.nbuf] = c
			d.nbuf++
		}
	}
	d.readErr = err
}

// Read decodes whole quanta as they arrive. At the end, a padded encoding
// reports leftover characters as io.ErrUnexpectedEOF; an unpadded one
// decodes them.
func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		d.fill(want)
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	if whole/4*3 > len(p) {
		var k int
		k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:whole])
		d.out = d.outbuf[:k]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:whole+d.nbuf])
	return n, d.err
}
"""#
}
