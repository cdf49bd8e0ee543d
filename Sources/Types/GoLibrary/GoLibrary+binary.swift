// Package encoding/binary in Go: the byte orders (little-endian, big-endian,
// and native, which is little-endian on amd64), varints, and Read, Write,
// Encode, Decode, Append and Size for what a type switch can see: the
// fixed-size numbers and bools, pointers to them and slices of them.
// Structs and arrays need reflection, which gosub does not have yet: they
// panic with a message saying so rather than run wrong.
extension GoLibrary {
    static let binary = #"""
package binary

import (
	"errors"
	"io"
	"math"
)

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[3-i] = byte(v >> (8 * uint(i)))
	}
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[7-i] = byte(v >> (8 * uint(i)))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 7; i >= 0; i-- {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }

func (nativeEndian) AppendUint16(b []byte, v uint16) []byte { return LittleEndian.AppendUint16(b, v) }
func (nativeEndian) AppendUint32(b []byte, v uint32) []byte { return LittleEndian.AppendUint32(b, v) }
func (nativeEndian) AppendUint64(b []byte, v uint64) []byte { return LittleEndian.AppendUint64(b, v) }
func (nativeEndian) PutUint16(b []byte, v uint16)           { LittleEndian.PutUint16(b, v) }
func (nativeEndian) PutUint32(b []byte, v uint32)           { LittleEndian.PutUint32(b, v) }
func (nativeEndian) PutUint64(b []byte, v uint64)           { LittleEndian.PutUint64(b, v) }
func (nativeEndian) Uint16(b []byte) uint16                 { return LittleEndian.Uint16(b) }
func (nativeEndian) Uint32(b []byte) uint32                 { return LittleEndian.Uint32(b) }
func (nativeEndian) Uint64(b []byte) uint64                 { return LittleEndian.Uint64(b) }

// varints: 7 bits a byte, least significant first, high bit set on all but the last

func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1) // overflow
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}

func unzigzag(ux uint64) int64 {
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

var errBufferTooSmall = errors.New("buffer too small")

func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}

// Read, Write and friends, for the types a type switch can name (and the
// usual types that have no fixed size, which get Go's errors)

// notSupported refuses what only reflection could encode.
func notSupported(fn string, data any) {
	panic("gosub: encoding/binary." + fn + " of this type needs reflection, which is not supported yet")
}

// dataSize is the encoded size of data, or -1 when it has no fixed size.
func dataSize(data any) int {
	switch d := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, complex64, *int64, *uint64, *float64, *complex64:
		return 8
	case complex128, *complex128:
		return 16
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	case nil, int, uint, *int, *uint, []int, []uint, string, *string, []string, []any:
		return -1
	}
	return -2
}

func Size(v any) int {
	n := dataSize(v)
	if n == -2 {
		notSupported("Size", v)
	}
	if n < 0 {
		return -1
	}
	return n
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	n := dataSize(data)
	if n == -2 {
		notSupported("Append", data)
	}
	if n < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
	}
	at := len(buf)
	buf = append(buf, make([]byte, n)...)
	encode(buf[at:], order, data)
	return buf, nil
}

func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	n := dataSize(data)
	if n == -2 {
		notSupported("Encode", data)
	}
	if n < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	encode(buf, order, data)
	return n, nil
}

func Write(w io.Writer, order ByteOrder, data any) error {
	n := dataSize(data)
	if n == -2 {
		notSupported("Write", data)
	}
	if n < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	buf := make([]byte, n)
	encode(buf, order, data)
	_, err := w.Write(buf)
	return err
}

func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	n := dataSize(data)
	if n == -2 {
		notSupported("Decode", data)
	}
	if n < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	if !decode(buf, order, data) {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	return n, nil
}

func Read(r io.Reader, order ByteOrder, data any) error {
	n := dataSize(data)
	if n == -2 {
		notSupported("Read", data)
	}
	if n < 0 {
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	if !decode(buf, order, data) {
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	return nil
}

func typeName(data any) string {
	switch data.(type) {
	case nil:
		return "<nil>"
	case string:
		return "string"
	case *string:
		return "*string"
	case []string:
		return "[]string"
	case []any:
		return "[]interface {}"
	case int:
		return "int"
	case uint:
		return "uint"
	case *int:
		return "*int"
	case *uint:
		return "*uint"
	case []int:
		return "[]int"
	case []uint:
		return "[]uint"
	}
	return "?"
}

func encode(b []byte, order ByteOrder, data any) {
	switch v := data.(type) {
	case bool:
		b[0] = boolByte(v)
	case *bool:
		b[0] = boolByte(*v)
	case int8:
		b[0] = byte(v)
	case *int8:
		b[0] = byte(*v)
	case uint8:
		b[0] = v
	case *uint8:
		b[0] = *v
	case int16:
		order.PutUint16(b, uint16(v))
	case *int16:
		order.PutUint16(b, uint16(*v))
	case uint16:
		order.PutUint16(b, v)
	case *uint16:
		order.PutUint16(b, *v)
	case int32:
		order.PutUint32(b, uint32(v))
	case *int32:
		order.PutUint32(b, uint32(*v))
	case uint32:
		order.PutUint32(b, v)
	case *uint32:
		order.PutUint32(b, *v)
	case float32:
		order.PutUint32(b, math.Float32bits(v))
	case *float32:
		order.PutUint32(b, math.Float32bits(*v))
	case int64:
		order.PutUint64(b, uint64(v))
	case *int64:
		order.PutUint64(b, uint64(*v))
	case uint64:
		order.PutUint64(b, v)
	case *uint64:
		order.PutUint64(b, *v)
	case float64:
		order.PutUint64(b, math.Float64bits(v))
	case *float64:
		order.PutUint64(b, math.Float64bits(*v))
	case complex64:
		order.PutUint32(b, math.Float32bits(real(v)))
		order.PutUint32(b[4:], math.Float32bits(imag(v)))
	case *complex64:
		order.PutUint32(b, math.Float32bits(real(*v)))
		order.PutUint32(b[4:], math.Float32bits(imag(*v)))
	case complex128:
		order.PutUint64(b, math.Float64bits(real(v)))
		order.PutUint64(b[8:], math.Float64bits(imag(v)))
	case *complex128:
		order.PutUint64(b, math.Float64bits(real(*v)))
		order.PutUint64(b[8:], math.Float64bits(imag(*v)))
	case []bool:
		for i, x := range v {
			b[i] = boolByte(x)
		}
	case []int8:
		for i, x := range v {
			b[i] = byte(x)
		}
	case []uint8:
		copy(b, v)
	case []int16:
		for i, x := range v {
			order.PutUint16(b[2*i:], uint16(x))
		}
	case []uint16:
		for i, x := range v {
			order.PutUint16(b[2*i:], x)
		}
	case []int32:
		for i, x := range v {
			order.PutUint32(b[4*i:], uint32(x))
		}
	case []uint32:
		for i, x := range v {
			order.PutUint32(b[4*i:], x)
		}
	case []float32:
		for i, x := range v {
			order.PutUint32(b[4*i:], math.Float32bits(x))
		}
	case []int64:
		for i, x := range v {
			order.PutUint64(b[8*i:], uint64(x))
		}
	case []uint64:
		for i, x := range v {
			order.PutUint64(b[8*i:], x)
		}
	case []float64:
		for i, x := range v {
			order.PutUint64(b[8*i:], math.Float64bits(x))
		}
	}
}

// decode stores b into the value data points to; false for a value that is not a pointer or slice.
func decode(b []byte, order ByteOrder, data any) bool {
	switch v := data.(type) {
	case *bool:
		*v = b[0] != 0
	case *int8:
		*v = int8(b[0])
	case *uint8:
		*v = b[0]
	case *int16:
		*v = int16(order.Uint16(b))
	case *uint16:
		*v = order.Uint16(b)
	case *int32:
		*v = int32(order.Uint32(b))
	case *uint32:
		*v = order.Uint32(b)
	case *float32:
		*v = math.Float32frombits(order.Uint32(b))
	case *int64:
		*v = int64(order.Uint64(b))
	case *uint64:
		*v = order.Uint64(b)
	case *float64:
		*v = math.Float64frombits(order.Uint64(b))
	case *complex64:
		*v = complex(math.Float32frombits(order.Uint32(b)), math.Float32frombits(order.Uint32(b[4:])))
	case *complex128:
		*v = complex(math.Float64frombits(order.Uint64(b)), math.Float64frombits(order.Uint64(b[8:])))
	case []bool:
		for i := range v {
			v[i] = b[i] != 0
		}
	case []int8:
		for i := range v {
			v[i] = int8(b[i])
		}
	case []uint8:
		copy(v, b)
	case []int16:
		for i := range v {
			v[i] = int16(order.Uint16(b[2*i:]))
		}
	case []uint16:
		for i := range v {
			v[i] = order.Uint16(b[2*i:])
		}
	case []int32:
		for i := range v {
			v[i] = int32(order.Uint32(b[4*i:]))
		}
	case []uint32:
		for i := range v {
			v[i] = order.Uint32(b[4*i:])
		}
	case []float32:
		for i := range v {
			v[i] = math.Float32frombits(order.Uint32(b[4*i:]))
		}
	case []int64:
		for i := range v {
			v[i] = int64(order.Uint64(b[8*i:]))
		}
	case []uint64:
		for i := range v {
			v[i] = order.Uint64(b[8*i:])
		}
	case []float64:
		for i := range v {
			v[i] = math.Float64frombits(order.Uint64(b[8*i:]))
		}
	default:
		return false
	}
	return true
}
"""#
}
