// run

// Fixed-size generic vectors over ~int|~float32|~float64 coordinates: Vec2/Vec3 arithmetic, Dot/Cross/Len via float64 conversion, polygon area by the shoelace formula with named unit types, and centroid rounding behavior for integers.

package main

import (
	"fmt"
	"math"
)

type Coord interface {
	~int | ~int32 | ~float32 | ~float64
}

type Vec2[T Coord] struct{ X, Y T }
type Vec3[T Coord] struct{ X, Y, Z T }

func (a Vec2[T]) Add(b Vec2[T]) Vec2[T] { return Vec2[T]{a.X + b.X, a.Y + b.Y} }
func (a Vec2[T]) Sub(b Vec2[T]) Vec2[T] { return Vec2[T]{a.X - b.X, a.Y - b.Y} }
func (a Vec2[T]) Scale(k T) Vec2[T]     { return Vec2[T]{a.X * k, a.Y * k} }
func (a Vec2[T]) Dot(b Vec2[T]) T       { return a.X*b.X + a.Y*b.Y }
func (a Vec2[T]) Cross(b Vec2[T]) T     { return a.X*b.Y - a.Y*b.X }
func (a Vec2[T]) Len() float64          { return math.Hypot(float64(a.X), float64(a.Y)) }

func (a Vec3[T]) Cross(b Vec3[T]) Vec3[T] {
	return Vec3[T]{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec3[T]) Dot(b Vec3[T]) T { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }

// Area2 is twice the signed polygon area (exact for integer coordinates).
func Area2[T Coord](poly []Vec2[T]) T {
	var s T
	for i := range poly {
		s += poly[i].Cross(poly[(i+1)%len(poly)])
	}
	return s
}

func Centroid[T Coord](pts []Vec2[T]) Vec2[T] {
	var sum Vec2[T]
	for _, p := range pts {
		sum = sum.Add(p)
	}
	n := T(len(pts))
	return Vec2[T]{sum.X / n, sum.Y / n}
}

func Convert[U, T Coord](v Vec2[T]) Vec2[U] { return Vec2[U]{U(v.X), U(v.Y)} }

// Orientation: >0 counter-clockwise, <0 clockwise, 0 collinear.
func Orientation[T Coord](a, b, c Vec2[T]) int {
	switch x := b.Sub(a).Cross(c.Sub(a)); {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

type Meters float64
type Pixel int32

func main() {
	a, b := Vec2[int]{3, 4}, Vec2[int]{-2, 1}
	fmt.Println(a.Add(b), a.Sub(b), a.Scale(-2), a.Dot(b), a.Cross(b), a.Len())
	square := []Vec2[int]{{0, 0}, {4, 0}, {4, 4}, {0, 4}}
	tri := []Vec2[int]{{0, 0}, {0, 3}, {5, 0}} // clockwise
	fmt.Println(Area2(square), Area2(tri), Centroid(square), Centroid(tri))

	field := []Vec2[Meters]{{0, 0}, {12.5, 0}, {12.5, 8}, {0, 8.5}}
	area := Area2(field) / 2
	fmt.Printf("%.3f %T %v\n", area, area, Centroid(field))
	var ftri []Vec2[float64]
	for _, p := range tri {
		ftri = append(ftri, Convert[float64](p))
	}
	fc := Centroid(ftri)
	fmt.Printf("%.4f %.4f\n", fc.X, fc.Y)

	px := []Vec2[Pixel]{{10, 10}, {20, 10}, {20, 25}}
	fmt.Println(Area2(px), Centroid(px), Convert[float32](Centroid(px)))
	fmt.Println(Orientation(px[0], px[1], px[2]), Orientation(px[0], px[2], px[1]), Orientation(Vec2[float32]{0, 0}, Vec2[float32]{1, 1}, Vec2[float32]{2.5, 2.5}))

	x, y := Vec3[int]{1, 0, 0}, Vec3[int]{0, 1, 0}
	z := x.Cross(y)
	fmt.Println(z, z.Cross(x), z.Dot(x), Vec3[float64]{1.5, 2, -1}.Cross(Vec3[float64]{0, 0.5, 4}))
	n := Vec2[float32]{0.1, 0.2}
	fmt.Println(n.Add(n).Add(n), n.Dot(n), Vec2[float64]{0.1, 0.2}.Dot(Vec2[float64]{0.1, 0.2}))
	fmt.Printf("%T %T\n", Convert[Meters](a), z)
}
