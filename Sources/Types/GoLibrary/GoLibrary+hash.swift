// Packages hash/fnv and hash/crc32 in Go. FNV-1 and FNV-1a multiply and
// xor each byte into the state (32, 64 and 128 bits; the 128-bit product
// is done in two 64-bit halves); CRC-32 is table-driven, one table per
// polynomial (reversed bit order, as Go's), IEEETable made at start-up.
// Both marshal their state in Go's binary format (a magic, then the state
// big-endian; crc32 adds a checksum of its table).
// Package hash itself is only interfaces (its API file).
extension GoLibrary {
    static let fnv = #"""
package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Lower  = 0x62b821756295c58d
	offset128Higher = 0x6c62272e07bb0142
	prime32         = 16777619
	prime64         = 1099511628211
	prime128Lower   = 0x13b
	prime128Shift   = 24
)

type sum32 uint32
type sum32a uint32
type sum64 uint64
type sum64a uint64
type sum128 [2]uint64
type sum128a [2]uint64

func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

func New128() hash.Hash {
	var s sum128
	s[0] = offset128Higher
	s[1] = offset128Lower
	return &s
}

func New128a() hash.Hash {
	var s sum128a
	s[0] = offset128Higher
	s[1] = offset128Lower
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { s[0] = offset128Higher; s[1] = offset128Lower }
func (s *sum128a) Reset() { s[0] = offset128Higher; s[1] = offset128Lower }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

// mul128 multiplies the 128-bit state by the 128-bit FNV prime (2^88 + 0x13b).
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := bits.Mul64(prime128Lower, lo)
	h += (lo << prime128Shift) + prime128Lower*hi
	return h, l
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		s[0], s[1] = mul128(s[0], s[1])
		s[1] ^= uint64(c)
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for _, c := range data {
		s[1] ^= uint64(c)
		s[0], s[1] = mul128(s[0], s[1])
	}
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func appendBE(in []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		in = append(in, byte(v>>(8*uint(i))))
	}
	return in
}

// MarshalBinary and AppendBinary: "fnv" and a kind byte (1-6), then the
// state big-endian; UnmarshalBinary takes back only its own kind.
const (
	magic32   = "fnv\x01"
	magic32a  = "fnv\x02"
	magic64   = "fnv\x03"
	magic64a  = "fnv\x04"
	magic128  = "fnv\x05"
	magic128a = "fnv\x06"
)

func (s *sum32) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(append(b, magic32...), uint64(*s), 4), nil
}
func (s *sum32a) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(append(b, magic32a...), uint64(*s), 4), nil
}
func (s *sum64) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(append(b, magic64...), uint64(*s), 8), nil
}
func (s *sum64a) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(append(b, magic64a...), uint64(*s), 8), nil
}
func (s *sum128) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(appendBE(append(b, magic128...), s[0], 8), s[1], 8), nil
}
func (s *sum128a) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(appendBE(append(b, magic128a...), s[0], 8), s[1], 8), nil
}

func (s *sum32) MarshalBinary() ([]byte, error)   { return s.AppendBinary(make([]byte, 0, 8)) }
func (s *sum32a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, 8)) }
func (s *sum64) MarshalBinary() ([]byte, error)   { return s.AppendBinary(make([]byte, 0, 12)) }
func (s *sum64a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, 12)) }
func (s *sum128) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, 20)) }
func (s *sum128a) MarshalBinary() ([]byte, error) { return s.AppendBinary(make([]byte, 0, 20)) }

// readState checks b's kind and size (`words` 4-byte words of state) and
// returns the state: one 32-bit value, or 64-bit values.
func readState(b []byte, magic string, words int) ([]uint64, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != len(magic)+4*words {
		return nil, errors.New("hash/fnv: invalid hash state size")
	}
	b = b[len(magic):]
	var out []uint64
	for len(b) >= 4 {
		n := 8
		if words == 1 {
			n = 4
		}
		var v uint64
		for _, c := range b[:n] {
			v = v<<8 | uint64(c)
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

func (s *sum32) UnmarshalBinary(b []byte) error {
	v, err := readState(b, magic32, 1)
	if err == nil {
		*s = sum32(v[0])
	}
	return err
}
func (s *sum32a) UnmarshalBinary(b []byte) error {
	v, err := readState(b, magic32a, 1)
	if err == nil {
		*s = sum32a(v[0])
	}
	return err
}
func (s *sum64) UnmarshalBinary(b []byte) error {
	v, err := readState(b, magic64, 2)
	if err == nil {
		*s = sum64(v[0])
	}
	return err
}
func (s *sum64a) UnmarshalBinary(b []byte) error {
	v, err := readState(b, magic64a, 2)
	if err == nil {
		*s = sum64a(v[0])
	}
	return err
}
func (s *sum128) UnmarshalBinary(b []byte) error {
	v, err := readState(b, magic128, 4)
	if err == nil {
		s[0], s[1] = v[0], v[1]
	}
	return err
}
func (s *sum128a) UnmarshalBinary(b []byte) error {
	v, err := readState(b, magic128a, 4)
	if err == nil {
		s[0], s[1] = v[0], v[1]
	}
	return err
}

func (s *sum32) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 4) }
func (s *sum32a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 4) }
func (s *sum64) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 8) }
func (s *sum64a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 8) }
func (s *sum128) Sum(in []byte) []byte { return appendBE(appendBE(in, s[0], 8), s[1], 8) }
func (s *sum128a) Sum(in []byte) []byte {
	return appendBE(appendBE(in, s[0], 8), s[1], 8)
}
"""#

    static let crc32 = #"""
package crc32

import (
	"errors"
	"hash"
)

var IEEETable = makeTable(IEEE)

// MakeTable returns the table of the polynomial poly (bits reversed); IEEE's is IEEETable itself.
func MakeTable(poly uint32) *Table {
	if poly == IEEE {
		return IEEETable
	}
	return makeTable(poly)
}

func makeTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

func update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, v := range p {
		crc = tab[byte(crc)^v] ^ (crc >> 8)
	}
	return ^crc
}

func Update(crc uint32, tab *Table, p []byte) uint32 { return update(crc, tab, p) }

func Checksum(data []byte, tab *Table) uint32 { return update(0, tab, data) }

func ChecksumIEEE(data []byte) uint32 { return update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

// tableSum identifies a table in a marshalled state: the IEEE checksum of its words big-endian.
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, x := range t {
			b = append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
		}
	}
	return ChecksumIEEE(b)
}

const magic = "crc\x01"

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	s := tableSum(d.tab)
	b = append(b, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
	return append(b, byte(d.crc>>24), byte(d.crc>>16), byte(d.crc>>8), byte(d.crc)), nil
}

func (d *digest) MarshalBinary() ([]byte, error) { return d.AppendBinary(make([]byte, 0, 12)) }

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != len(magic)+8 {
		return errors.New("hash/crc32: invalid hash state size")
	}
	be := func(p []byte) uint32 { return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]) }
	if tableSum(d.tab) != be(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = be(b[8:])
	return nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
"""#
}
