// run

// Calls of tiny pure functions, which gosub compiles in place (as gc
// inlines them): their arguments are evaluated once, in order, with their
// side effects; integer arithmetic wraps; conversions and comparisons are
// the callee's; a function that may panic (division by a variable) is
// still called, so the panic's traceback names it.
package main

import "fmt"

func area(w, h int) int            { return w * h }
func avg(a, b float64) float64     { return (a + b) / 2 }
func mix(i, j int) float64         { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }
func wrap(x int8) int8             { return x*3 + 100 }
func both(a, b bool) bool          { return a && !b || b && !a }
func scale(x int32, k uint) int32  { return x << 3 >> 1 }
func trunc(f float64) int          { return int(f) }
func half(n int) int               { return n / 2 }
func ratio(a, b int) int           { return a / b }
func shiftBy(x int, s int) int     { return x << s }
func under(x uint8, y uint8) uint8 { return x - y }
func cmp3(a, b, c int) bool        { return a < b && b <= c }
func neg(x float32) float32        { return -x * 2.5 }
func mask(x uint64) uint64         { return x&^0xff | 1 }

var calls []string

func arg(name string, v int) int {
	calls = append(calls, name)
	return v
}

func main() {
	fmt.Println(area(3, 4), avg(1, 2), mix(3, 5), wrap(100), both(true, false), both(true, true))
	fmt.Println(scale(-7, 2), trunc(-3.99), half(-7), under(3, 5), cmp3(1, 2, 2), neg(1.5), mask(0x1234))
	fmt.Println(area(arg("a", 6), arg("b", 7)), calls)
	total := 0.0
	for i := 0; i < 100; i++ {
		for j := 0; j < 100; j++ {
			total += mix(i, j)
		}
	}
	fmt.Printf("%.10f\n", total)
	fmt.Println(shiftBy(1, 10), ratio(7, 2))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(ratio(1, 0))
}
