// run

// Generic matrix over a Number constraint: Mul, Transpose, Identity, Map to another element type.

package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	r, c int
	d    []T
}

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.d[i*m.c+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.d[i*m.c+j] = v }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.c != o.r {
		return Matrix[T]{}, fmt.Errorf("dim mismatch %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	res := NewMatrix[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res, nil
}

func (m Matrix[T]) T() Matrix[T] {
	t := NewMatrix[T](m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.r; i++ {
		fmt.Fprintln(&sb, m.d[i*m.c:(i+1)*m.c])
	}
	return sb.String()
}

func Convert[T, U Number](m Matrix[T], f func(T) U) Matrix[U] {
	out := NewMatrix[U](m.r, m.c)
	for i, v := range m.d {
		out.d[i] = f(v)
	}
	return out
}

type Score int

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print(a)
	fmt.Print(a.T())
	p, err := a.Mul(a.T())
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("err:", err)
	id := Identity[float64](3)
	f := Convert(a, func(x int) float64 { return float64(x) / 2 })
	q, _ := f.Mul(id)
	fmt.Print(q)
	s := NewMatrix[Score](2, 2, 1, 1, 1, 0)
	fib := Identity[Score](2)
	for i := 0; i < 10; i++ {
		fib, _ = fib.Mul(s)
	}
	fmt.Print(fib)
	fmt.Printf("%T %T\n", fib.At(0, 0), q.At(0, 0))
}
