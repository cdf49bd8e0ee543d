// run

// Polynomials over a numeric constraint (~int | ~int64 | ~float64 | ~complex128): Add, Mul, Eval by Horner, Derive, Compose, trimming, and String with signs, instantiated with ints, floats, complex and a named type.

package main

import (
	"fmt"
	"strings"
)

type Scalar interface {
	~int | ~int64 | ~float64 | ~complex128
}

type Poly[T Scalar] []T // coefficient i multiplies x^i

func (p Poly[T]) trim() Poly[T] {
	var zero T
	for len(p) > 0 && p[len(p)-1] == zero {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly[T]) Degree() int { return len(p.trim()) - 1 }

func (p Poly[T]) Add(q Poly[T]) Poly[T] {
	out := make(Poly[T], max(len(p), len(q)))
	for i := range out {
		if i < len(p) {
			out[i] += p[i]
		}
		if i < len(q) {
			out[i] += q[i]
		}
	}
	return out.trim()
}

func (p Poly[T]) Mul(q Poly[T]) Poly[T] {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	out := make(Poly[T], len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly[T]) Eval(x T) T {
	var acc T
	for i := len(p) - 1; i >= 0; i-- {
		acc = acc*x + p[i]
	}
	return acc
}

func (p Poly[T]) Derive() Poly[T] {
	if len(p) <= 1 {
		return nil
	}
	out := make(Poly[T], len(p)-1)
	var k T // T(i) is not allowed: int does not convert to complex128
	for i := 1; i < len(p); i++ {
		k++
		out[i-1] = p[i] * k
	}
	return out.trim()
}

// Compose returns p(q(x)).
func (p Poly[T]) Compose(q Poly[T]) Poly[T] {
	var out Poly[T]
	for i := len(p) - 1; i >= 0; i-- {
		out = out.Mul(q).Add(Poly[T]{p[i]})
	}
	return out
}

func (p Poly[T]) String() string {
	p = p.trim()
	if len(p) == 0 {
		return "0"
	}
	var zero T
	var b strings.Builder
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == zero {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" + ")
		}
		switch i {
		case 0:
			fmt.Fprint(&b, c)
		case 1:
			fmt.Fprintf(&b, "%vx", c)
		default:
			fmt.Fprintf(&b, "%vx^%d", c, i)
		}
	}
	return b.String()
}

type Fixed int64

func main() {
	p := Poly[int]{1, 2, 3} // 3x^2 + 2x + 1
	q := Poly[int]{-1, 1}   // x - 1
	fmt.Println("p =", p, "| q =", q)
	fmt.Println("p+q =", p.Add(q), "| p*q =", p.Mul(q), "| p' =", p.Derive(), "| p'' =", p.Derive().Derive())
	fmt.Println("p(q(x)) =", p.Compose(q), "| q(p(x)) =", q.Compose(p))
	for x := -2; x <= 2; x++ {
		fmt.Print(p.Eval(x), " ")
	}
	fmt.Println("| deg", p.Degree(), q.Mul(q).Mul(q).Degree(), Poly[int]{0, 0}.Degree())
	fmt.Println(p.Add(Poly[int]{-1, -2, -3}), len(p.Add(Poly[int]{-1, -2, -3})))

	f := Poly[float64]{0.5, 0, -1.25}
	fmt.Println(f, "|", f.Mul(f), "|", f.Eval(2), f.Derive().Eval(0.4))

	c := Poly[complex128]{1, 0, 1} // x^2 + 1
	fmt.Println(c, "| roots:", c.Eval(1i), c.Eval(-1i), "| at 1+i:", c.Eval(1+1i))

	fx := Poly[Fixed]{100, 250}
	fmt.Printf("%v %T %v\n", fx.Mul(fx), fx.Eval(4), fx.Derive())
	// binomial coefficients via (1+x)^n
	b := Poly[int64]{1}
	for range 6 {
		b = b.Mul(Poly[int64]{1, 1})
	}
	fmt.Println([]int64(b))
}
