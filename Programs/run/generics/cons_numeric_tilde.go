// run

// Constraint arithmetic with ~int | ~float64 over named types; Sum, Average, Abs, Clamp, and %v/%T of results.

package main

import "fmt"

type Num interface {
	~int | ~int8 | ~int32 | ~float64 | ~float32
}

type Celsius float64
type Meters int
type Small int8

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Avg[T Num](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Abs[T Num](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T Num](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func Scale[S ~[]E, E Num](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Temps []Celsius

func main() {
	fmt.Println(Sum(1, 2, 3, 4))
	fmt.Println(Sum(1.5, 2.25))
	c := Sum(Celsius(10.5), Celsius(-3))
	fmt.Printf("%v %T\n", c, c)
	m := Sum[Meters](5, 6, 7)
	fmt.Printf("%v %T\n", m, m)
	var sm Small = Sum[Small](100, 27)
	fmt.Println("int8 sum", sm, Sum[Small](100, 28))
	fmt.Println(Avg([]int{1, 2, 3, 4}))
	fmt.Println(Avg([]Celsius{}))
	fmt.Println(Abs(-7), Abs(Celsius(-2.5)), Abs(float32(3)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(Meters(4), 1, 9))
	t := Scale(Temps{1, 2.5, -4}, 2)
	fmt.Printf("%v %T\n", t, t)
	fmt.Printf("%T\n", Scale([]int32{1, 2}, 3))
	fmt.Println(Sum[float64]())
	fmt.Println(Sum(int32(2147483647), 1))
}
