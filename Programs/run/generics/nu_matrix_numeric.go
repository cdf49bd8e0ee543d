// run

// Generic dense matrix over a Number constraint (~int | ~int64 | ~float64): multiply, transpose, identity, power, Map conversion and a Stringer.

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("%dx%d * %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix[T]) T() Matrix[T] {
	out := NewMatrix[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	result := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func Convert[U, T Number](m Matrix[T]) Matrix[U] {
	out := NewMatrix[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = U(v)
	}
	return out
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("|")
		for j := range m.cols {
			fmt.Fprintf(&sb, " %v", m.At(i, j))
		}
		sb.WriteString(" |\n")
	}
	return sb.String()
}

type Cents int64

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("err:", err, errors.Is(err, ErrShape))
	fmt.Print(a.T())

	fib := NewMatrix[int64](2, 2, 1, 1, 1, 0)
	fmt.Println("fib(50) =", fib.Pow(50).At(0, 1))
	fmt.Println("fib(90) =", fib.Pow(90).At(0, 1))

	f := Convert[float64](a)
	half := NewMatrix(3, 1, 0.5, 0.25, 0.125)
	r, _ := f.Mul(half)
	fmt.Print(r)

	ov := NewMatrix[int32](1, 1, 1<<20)
	fmt.Println("int32 wrap:", ov.Pow(2).At(0, 0))

	prices := NewMatrix[Cents](2, 2, 150, 275, 1000, 5)
	qty := NewMatrix[Cents](2, 1, 3, 2)
	tot, _ := prices.Mul(qty)
	fmt.Printf("%v %T\n", tot.data, tot.At(0, 0))
	back := Convert[float32](Convert[float64](tot))
	fmt.Printf("%v %T\n", back.data, back.data)
	fmt.Print(Identity[float32](3))
}
