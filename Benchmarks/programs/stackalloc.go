// Non-escaping struct and slice work: every value here stays in a frame
// (escape analysis proves none outlives its call), so the loop allocates
// nothing; the program prints the Mallocs delta of the loop (0 in Go and
// in gosub) and a checksum.
package main

import (
	"fmt"
	"runtime"
)

type vec struct{ x, y, z float64 }

func (v *vec) add(w *vec)      { v.x += w.x; v.y += w.y; v.z += w.z }
func (v *vec) scale(k float64) { v.x *= k; v.y *= k; v.z *= k }
func dot(a, b *vec) float64    { return a.x*b.x + a.y*b.y + a.z*b.z }
func sumInts(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return
}
func apply(f func(int) int, n int) int { return f(n) }

type ring struct {
	buf  [8]int
	head int
}

func (r *ring) push(v int) { r.buf[r.head&7] = v; r.head++ }

// step does one round of work with locals whose addresses are taken, a local
// array used as a slice, a constant-size make, a closure and a method value.
func step(i int) float64 {
	a := vec{float64(i), 1, 2}
	b := &vec{0.5, float64(i & 7), 0.25}
	a.add(b)
	a.scale(0.5)
	var r ring
	for k := 0; k < 8; k++ {
		r.push(i + k)
	}
	s := r.buf[:]
	t := make([]int, 16)
	for k := range t {
		t[k] = s[k&7] * k
	}
	off := i & 3
	g := func(n int) int { return n + off }
	push := r.push
	push(sumInts(t))
	return dot(&a, b) + float64(apply(g, sumInts(s))) + float64(r.head)
}

func main() {
	const n = 2_000_000
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	total := 0.0
	for i := 0; i < n; i++ {
		total += step(i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs:", after.Mallocs-before.Mallocs)
	fmt.Printf("checksum: %.6e\n", total)
}
