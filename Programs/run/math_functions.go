// run

// package math: Frexp, Ldexp (subnormal and overflowing results), Modf, Ilogb, Logb, Nextafter(32), Dim, FMA, Remainder, RoundToEven and Pow10 exactly as Go computes them; the transcendental functions to 10 digits.

package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, -0.0, 0.1, 0.5, 1, 1.5, 2, 3.3, 10, 100, 1e-10, 1e300, -0.3, -2.5, math.Pi, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		i, f := math.Modf(x)
		fmt.Println(x, fr, e, math.Ldexp(fr, e), i, f, math.Ilogb(x), math.Logb(x), math.Nextafter(x, 1), math.Nextafter(x, -1),
			math.Remainder(x, 0.7), math.FMA(x, 3, 0.1), math.Dim(x, 1), math.RoundToEven(x*2.5))
	}
	for _, n := range []int{-400, -323, -320, -100, -33, -1, 0, 1, 22, 23, 31, 32, 100, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	fmt.Println(math.Ldexp(1, -1074), math.Ldexp(1.5, -1075), math.Ldexp(1, 1024), math.Ldexp(-3, 2000), math.Nextafter32(1, 2), math.Nextafter32(0, -1))
	ys := []float64{0.1, 0.5, 0.9, 1.5, 2, 3.7, -0.4, -2.2}
	fs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Tan", math.Tan}, {"Atan", math.Atan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Sinh", math.Sinh},
		{"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Cbrt", math.Cbrt}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Erf", math.Erf},
		{"Erfc", math.Erfc}, {"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, f := range fs {
		fmt.Printf("%-6s", f.name)
		for _, y := range ys {
			fmt.Printf(" %.10f", f.f(y))
		}
		fmt.Println()
	}
	for _, y := range ys {
		lg, s := math.Lgamma(y)
		fmt.Printf("%.10f %d %.10f %.10f %.10f\n", lg, s, math.Atan2(y, -0.5), math.Jn(3, y), math.Yn(2, math.Abs(y)))
	}
}
