// run

package main

import "fmt"

type Number interface {
	~int | ~int32 | ~float64
}

type Vec2[T Number] struct{ X, Y T }

func (v Vec2[T]) Add(o Vec2[T]) Vec2[T] { return Vec2[T]{v.X + o.X, v.Y + o.Y} }
func (v Vec2[T]) Scale(k T) Vec2[T]     { return Vec2[T]{v.X * k, v.Y * k} }
func (v Vec2[T]) String() string        { return fmt.Sprintf("(%v,%v)", v.X, v.Y) }

type Particle[T Number] struct {
	Vec2[T]
	Vel Vec2[T]
}

func (p *Particle[T]) Step() { p.Vec2 = p.Add(p.Vel) }

func SumVecs[T Number](vs ...Vec2[T]) (r Vec2[T]) {
	for _, v := range vs {
		r = r.Add(v)
	}
	return
}

func main() {
	p := Particle[float64]{Vec2[float64]{0, 0}, Vec2[float64]{0.5, -1}}
	for range 3 {
		p.Step()
	}
	fmt.Println(p.Vec2, p.X, p)
	fmt.Println(SumVecs(Vec2[int32]{1, 2}, Vec2[int32]{3, 4}).Scale(2))
	var s fmt.Stringer = Vec2[int]{7, 8}
	fmt.Println(s)
}
