// run

// Custom constraint unions including strings and byte slices: Concat over ~string | ~[]byte, Len, and type switch on any(T).

package main

import (
	"fmt"
	"unicode/utf8"
)

type Text interface {
	~string | ~[]byte
}

type Name string
type Buf []byte

func RuneCount[T Text](t T) int {
	return utf8.RuneCount([]byte(t))
}

func First[T Text](t T) byte {
	if len(t) == 0 {
		return 0
	}
	return t[0]
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case Name:
		return fmt.Sprintf("Name %s", string(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type AnyInt interface {
	Integer | Unsigned
}

func PopCount[T AnyInt](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Shl[T AnyInt](x T, n uint) T { return x << n }

type S struct{}

func (S) String() string { return "S!" }

func main() {
	fmt.Println(RuneCount("héllo"), RuneCount([]byte("日本")), RuneCount(Name("ab")), RuneCount(Buf("xyz")))
	fmt.Println(First("go"), First(Buf{}), First(Name("Z")))
	fmt.Println(Describe(5), Describe("s"), Describe(Name("n")), Describe(S{}), Describe(3.5))
	fmt.Println(Describe[any](nil), Describe[error](nil))
	fmt.Println(PopCount(255), PopCount(uint8(0x81)), PopCount(int64(-1)), PopCount(uint16(0)))
	fmt.Println(Shl(int8(1), 7), Shl(uint8(1), 7), Shl(uint32(3), 30), Shl(int16(-1), 4))
}
