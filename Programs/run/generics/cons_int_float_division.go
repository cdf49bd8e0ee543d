// run

// One generic numeric code path, different semantics per instantiation: integer vs float division and remainder via math.Mod, truncation toward zero, overflow in generic Mean, rounding helpers, and detecting integer type arguments at run time.

package main

import (
	"fmt"
	"math"
)

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

func Div[T Number](a, b T) T { return a / b }

func IsIntegral[T Number]() bool {
	var half T = 1
	half /= 2
	return half == 0
}

func Mean[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

// SafeMean accumulates in float64 so small integer types do not overflow.
func SafeMean[T Number](xs ...T) float64 {
	s := 0.0
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Mod[T Number](a, b T) T {
	if IsIntegral[T]() {
		return T(math.Mod(float64(a), float64(b)))
	}
	return T(math.Mod(float64(a), float64(b)))
}

func RoundTo[T Number](x float64) T {
	if IsIntegral[T]() {
		return T(math.Round(x))
	}
	return T(x)
}

func Lerp[T Number](a, b T, t float64) T {
	return RoundTo[T](float64(a) + (float64(b)-float64(a))*t)
}

type Score int8
type Ratio float32

func main() {
	fmt.Println(Div(7, 2), Div(-7, 2), Div(7.0, 2), Div[float32](-7, 2), Div[uint8](7, 2))
	fmt.Println(IsIntegral[int](), IsIntegral[uint8](), IsIntegral[Score](), IsIntegral[float64](), IsIntegral[Ratio]())

	scores := []Score{100, 90, 80}
	fmt.Println(Mean(scores...), SafeMean(scores...), Mean[int](100, 90, 80))
	fmt.Println(Mean(1, 2), Mean(1.0, 2), Mean[Ratio](1, 2), Mean[uint8](250, 250, 250))

	fmt.Println(Mod(7, 3), Mod(-7, 3), Mod(7.5, 2), Mod[float32](-7.5, 2))
	fmt.Println(RoundTo[int](2.5), RoundTo[int](-2.5), RoundTo[float64](2.5), RoundTo[Score](126.6), RoundTo[uint8](3.49))
	for _, t := range []float64{0, 0.25, 0.5, 1} {
		fmt.Print(Lerp(0, 10, t), " ", Lerp(0.0, 10, t), " ", Lerp[Score](-100, 100, t), " | ")
	}
	fmt.Println()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Div(1.0, 0), Div[float32](-1, 0), math.IsNaN(float64(Div(0.0, 0))))
		fmt.Println(Div[int8](-128, -1))
		var zero Score
		fmt.Println(Div(Score(5), zero))
	}()
	fmt.Printf("%T %T %T\n", Mean(scores...), Div[Ratio](1, 3), Lerp(Score(1), 2, 0.5))
}
