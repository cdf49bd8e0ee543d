// run

package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func Convert[To, From Integer](x From) To { return To(x) }

func ToFloat[T ~int | ~float32](x T) float64 { return float64(x) }

func ToString[T ~string | ~[]byte | ~[]rune](x T) string { return string(x) }

type Celsius int16

func main() {
	fmt.Println(Convert[int8](300))
	fmt.Println(Convert[uint8](int16(-1)))
	fmt.Println(Convert[Celsius](int64(70000)))
	fmt.Println(ToFloat(3), ToFloat(float32(0.5)))
	fmt.Println(ToString([]rune{'h', 'i'}), ToString([]byte("yo")), ToString("s"))
}
