// run

package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
	small    [3]int8
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (r *Rect) Width() int { return r.Max.X - r.Min.X }

type Named struct {
	Point
	Name string
}

func main() {
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	b := arr
	b[0] = 100
	fmt.Println(arr, b, len(arr), arr == b)
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p.Add(q), p == q, p != Point{1, 2})
	p.Scale(3)
	pp := &p
	pp.Scale(2)
	fmt.Println(p, *pp, pp.X)
	r := Rect{Min: Point{1, 1}, Max: Point{5, 7}, Label: "r"}
	r.small[1] = -5
	fmt.Println(r.Width(), r, r.small)
	fmt.Printf("%v %+v\n", r, r)
	n := Named{Point{3, 4}, "n"}
	n.Scale(10)
	fmt.Println(n.X, n.Point.Y, n.Add(Point{1, 1}), n)
	ptr := new(int)
	*ptr = 42
	x := 7
	px := &x
	*px += 1
	fmt.Println(*ptr, x, *px == 8)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	grid[1][2] = 60
	fmt.Println(grid, len(grid[0]))
	pts := []*Point{{1, 2}, {3, 4}}
	for _, pt := range pts {
		pt.Scale(2)
	}
	fmt.Println(*pts[0], *pts[1], &Point{9, 9})
}
