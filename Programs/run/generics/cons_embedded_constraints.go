// run

// Constraint interfaces embedding other constraints, combining comparable with methods, and type sets with methods on named types.

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Signed interface{ ~int | ~int32 | ~int64 }
type Floaty interface{ ~float32 | ~float64 }
type Real interface {
	Signed | Floaty
}

type Named interface {
	Name() string
}

type Key interface {
	comparable
	Named
}

type RealNamed interface {
	Real
	Named
}

type Color int

func (c Color) Name() string { return [...]string{"red", "green", "blue"}[c] }

type Tag string

func (t Tag) Name() string { return "#" + strings.ToLower(string(t)) }

type Meter float64

func (m Meter) Name() string { return fmt.Sprintf("%gm", float64(m)) }

func Index[K Key](ks []K) map[K]string {
	m := map[K]string{}
	for _, k := range ks {
		m[k] = k.Name()
	}
	return m
}

func Biggest[T RealNamed](xs ...T) string {
	b := xs[0]
	for _, x := range xs[1:] {
		if x > b {
			b = x
		}
	}
	return b.Name()
}

func Neg[T Real](x T) T { return -x }

func main() {
	m := Index([]Color{2, 0, 2, 1})
	ks := make([]Color, 0)
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Println(int(k), m[k])
	}
	tm := Index([]Tag{"Go", "SWIFT"})
	fmt.Println(tm["Go"], tm["SWIFT"], len(tm))
	fmt.Println(Biggest(Color(0), Color(2), Color(1)), Biggest(Meter(1.5), Meter(-3), Meter(2.25)))
	fmt.Println(Neg(3), Neg(int32(-4)), Neg(2.5), Neg(Meter(1)), Neg(float32(0.5)))
}
