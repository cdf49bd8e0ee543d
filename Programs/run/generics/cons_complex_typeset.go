// run

// Complex-number constraints: conversions of ~complex64|~complex128 type parameters to complex128 for real/imag (not allowed on type parameters directly), complex from ~float32|~float64, a generic DFT, roots of unity, and named complex types.

package main

import (
	"fmt"
	"math"
)

// rect, abs and phase stand in for math/cmplx.
func rect(r, theta float64) complex128 { return complex(r*math.Cos(theta), r*math.Sin(theta)) }
func abs(z complex128) float64         { return math.Hypot(real(z), imag(z)) }
func phase(z complex128) float64       { return math.Atan2(imag(z), real(z)) }

type Complex interface{ ~complex64 | ~complex128 }
type Float interface{ ~float32 | ~float64 }

func Abs2[C Complex](z C) float64 {
	c := complex128(z)
	re, im := real(c), imag(c)
	return re*re + im*im
}

func Conj[C Complex](z C) C {
	c := complex128(z)
	return C(complex(real(c), -imag(c)))
}

func Make[F Float](re, im F) complex128 { return complex(float64(re), float64(im)) }

// Pack builds a complex of matching precision from two floats via the complex builtin.
func Pack64(re, im float32) complex64 { return complex(re, im) }

func Sum[C Complex](zs []C) C {
	var s C
	for _, z := range zs {
		s += z
	}
	return s
}

func RootsOfUnity(n int) []complex128 {
	out := make([]complex128, n)
	for k := range n {
		out[k] = rect(1, 2*math.Pi*float64(k)/float64(n))
	}
	return out
}

func DFT[C Complex](xs []C) []C {
	n := len(xs)
	out := make([]C, n)
	for k := range n {
		var s complex128
		for t, x := range xs {
			angle := -2 * math.Pi * float64(k*t) / float64(n)
			s += complex128(x) * rect(1, angle)
		}
		out[k] = C(s)
	}
	return out
}

func Round[C Complex](z C, places int) C {
	p := math.Pow(10, float64(places))
	c := complex128(z)
	r := math.Round(real(c)*p) / p
	i := math.Round(imag(c)*p) / p
	if i == 0 {
		i = 0 // drop negative zero
	}
	if r == 0 {
		r = 0
	}
	return C(complex(r, i))
}

type Phasor complex128

func (p Phasor) String() string {
	return fmt.Sprintf("%.2f∠%.1f°", abs(complex128(p)), phase(complex128(p))*180/math.Pi)
}

func main() {
	z := 3 + 4i
	var z64 complex64 = 1 - 2i
	fmt.Println(Abs2(z), Abs2(z64), Conj(z), Conj(z64))
	fmt.Println(Make(float32(1.5), 2), Make(2.0, -0.5), Pack64(0.25, 4))
	fmt.Printf("%T %T\n", Conj(z64), Sum([]complex64{1, 1i}))

	roots := RootsOfUnity(4)
	for i, r := range roots {
		roots[i] = Round(r, 9)
	}
	fmt.Println(roots, Round(Sum(RootsOfUnity(6)), 9))

	signal := []complex128{1, 1, 1, 1, 0, 0, 0, 0}
	spec := DFT(signal)
	for i := range spec {
		spec[i] = Round(spec[i], 3)
	}
	fmt.Println(spec)
	sig64 := []complex64{0, 1, 0, -1}
	fmt.Println(DFT(sig64)[1], Round(DFT(sig64)[1], 3))

	ps := []Phasor{Phasor(rect(10, math.Pi/6)), Phasor(rect(5, -math.Pi/2))}
	total := Sum(ps)
	fmt.Println(ps, total, Conj(total), Abs2(ps[1]))
	fmt.Printf("%v %.3f\n", Round(total, 2), complex128(Round(total, 2)))
}
