// Package encoding/hex in Go: lower-case encoding, decoding of either case
// with Go's errors (InvalidByteError for a byte that is not a hex digit,
// ErrLength for an odd length, reported after the valid prefix is
// decoded), streaming encoders and decoders, and Dump's `hexdump -C`
// layout (offset, two groups of eight bytes, the printable characters).
extension GoLibrary {
    static let hex = #"""
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const hextable = "0123456789abcdef"

var ErrLength = errors.New("encoding/hex: odd length hex string")

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }

func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, hextable[v>>4], hextable[v&0x0f])
	}
	return dst
}

func DecodedLen(x int) int { return x / 2 }

// fromHex is the value of a hex digit of either case, and whether c is one.
func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, ok := fromHex(src[j-1])
		if !ok {
			return i, InvalidByteError(src[j-1])
		}
		b, ok := fromHex(src[j])
		if !ok {
			return i, InvalidByteError(src[j])
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		// the odd byte: a bad digit is reported before the length
		if _, ok := fromHex(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

func AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(dst)
	dst = append(dst, make([]byte, DecodedLen(len(src)))...)
	m, err := Decode(dst[n:], src)
	return dst[:n+m], err
}

func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b strings.Builder
	d := &dumper{w: &b} // the concrete type: data is not passed through an interface
	d.Write(data)
	d.Close()
	return b.String()
}

type encoder struct{ w io.Writer }

func NewEncoder(w io.Writer) io.Writer { return &encoder{w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 {
		chunk := p
		if len(chunk) > 512 {
			chunk = chunk[:512]
		}
		out := make([]byte, EncodedLen(len(chunk)))
		Encode(out, chunk)
		written, err := e.w.Write(out)
		n += written / 2
		if err != nil {
			return n, err
		}
		p = p[len(chunk):]
	}
	return n, nil
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte
}

func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (int, error) {
	// at least two hex characters, unless the input ended
	if len(d.in) < 2 && d.err == nil {
		var buf [1024]byte
		k, err := d.r.Read(buf[:])
		d.in = append(d.in, buf[:k]...)
		d.err = err
		if len(d.in)%2 != 0 {
			if _, ok := fromHex(d.in[len(d.in)-1]); !ok {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else if d.err == io.EOF {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if want := len(d.in) / 2; len(p) > want {
		p = p[:want]
	}
	n, err := Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, err
}

type dumper struct {
	w          io.Writer
	rightChars [18]byte
	buf        [14]byte
	used       int
	n          uint
	closed     bool
}

func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

func toChar(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for i := range data {
		if h.used == 0 {
			// the offset at the start of a line
			h.buf[0] = byte(h.n >> 24)
			h.buf[1] = byte(h.n >> 16)
			h.buf[2] = byte(h.n >> 8)
			h.buf[3] = byte(h.n)
			Encode(h.buf[4:], h.buf[:4])
			h.buf[12] = ' '
			h.buf[13] = ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return
			}
		}
		Encode(h.buf[:], data[i:i+1])
		h.buf[2] = ' '
		l := 3
		if h.used == 7 {
			h.buf[3] = ' '
			l = 4
		} else if h.used == 15 {
			h.buf[3] = ' '
			h.buf[4] = '|'
			l = 5
		}
		if _, err = h.w.Write(h.buf[:l]); err != nil {
			return
		}
		n++
		h.rightChars[h.used] = toChar(data[i])
		h.used++
		h.n++
		if h.used == 16 {
			h.rightChars[16] = '|'
			h.rightChars[17] = '\n'
			if _, err = h.w.Write(h.rightChars[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	// the missing bytes' columns, then the characters of the ones there
	pad := []byte("    |")
	nBytes := h.used
	for h.used < 16 {
		l := 3
		if h.used == 7 {
			l = 4
		} else if h.used == 15 {
			l = 5
		}
		if _, err = h.w.Write(pad[:l]); err != nil {
			return
		}
		h.used++
	}
	h.rightChars[nBytes] = '|'
	h.rightChars[nBytes+1] = '\n'
	_, err = h.w.Write(h.rightChars[:nBytes+2])
	return
}
"""#
}
