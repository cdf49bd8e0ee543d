// Package math in Go: the functions defined exactly by the floating-point
// format (Frexp, Ldexp, Modf, Ilogb, Logb, Nextafter, Nextafter32, Dim) and
// Pow10 with Go's tables (10^n as a product or quotient of two correctly
// rounded powers, as Go computes it). The transcendental functions are the
// C library's (natives).
extension GoLibrary {
    static let math = #"""
package math

func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v // NaN for NaN operands and Inf-Inf
}

func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

const smallestNormal = 2.2250738585072014e-308 // 2**-1022

func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	if Abs(f) < smallestNormal {
		f *= 1 << 52
		exp = -52
	}
	x := Float64bits(f)
	exp += int((x>>52)&0x7ff) - 1022
	x &^= 0x7ff << 52
	x |= 1022 << 52
	return Float64frombits(x), exp
}

func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := Frexp(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>52)&0x7ff - 1023
	if exp < -1075 {
		return Copysign(0, frac) // underflow
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	m := 1.0
	if exp < -1022 { // a subnormal result: scaled into range, rounded once by the multiplication
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= 0x7ff << 52
	x |= uint64(exp+1023) << 52
	return m * Float64frombits(x)
}

func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	x := Float64bits(f)
	if e := uint(x>>52)&0x7ff - 1023; e < 52 {
		x &^= 1<<(52-e) - 1
	}
	int = Float64frombits(x)
	return int, f - int
}

func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x), IsInf(x, 0):
		return MaxInt32
	}
	_, e := Frexp(x)
	return e - 1
}

func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(Ilogb(x))
}

func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

var pow10tab = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10postab32 = [...]float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10negtab32 = [...]float64{1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10postab32[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negtab32[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}
"""#
}
