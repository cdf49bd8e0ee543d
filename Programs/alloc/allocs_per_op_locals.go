// run

// Allocations per call, as testing.AllocsPerRun counts them, of functions whose
// locals are or are not moved to the heap: &x kept local or stored in a global,
// new(T) and &T{...} used locally, stored or returned, pointers between locals,
// slices and pointers over local arrays, named results and loop variables whose
// address is taken. A local that does not escape lives in the frame: 0 allocs.
// Expected output (allocs_per_op_locals.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const runs = 1000

type point struct{ x, y int }

type holder struct {
	p *int
	n int
}

var (
	sinkInt    int
	sinkPtr    *int
	sinkPoint  *point
	sinkHolder holder
	sinkSlice  []int
	sinkArr    *[100]int
)

func allocs(name string, f func()) {
	var a, b runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("%s: %d allocs/op\n", name, (b.Mallocs-a.Mallocs)/runs)
}

func readInt(p *int) int { return *p }

func setInt(p *int, v int) { *p = v }

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// x does not escape (readInt only reads *p): 0 allocs
func addrLocal(v int) int {
	x := v
	return readInt(&x)
}

// x is moved to the heap (&x stored in a global): 1 alloc
func addrGlobal(v int) {
	x := v
	sinkPtr = &x
}

// new(int) does not escape: 0 allocs
func newLocal(v int) int {
	p := new(int)
	*p = v
	return readInt(p)
}

// new(int) escapes (stored in a global): 1 alloc
func newGlobal(v int) {
	p := new(int)
	*p = v
	sinkPtr = p
}

// &point{...} does not escape: 0 allocs
func ptrLitLocal(v int) int {
	p := &point{v, 2}
	return p.x + p.y
}

// &point{...} escapes (stored in a global): 1 alloc
func ptrLitGlobal(v int) {
	sinkPoint = &point{v, 2}
}

// &point{...} escapes (returned): 1 alloc
func mkPoint(v int) *point {
	return &point{v, v}
}

// the caller only reads the result, but mkPoint's allocation escaped: 1 alloc
func ptrLitReturned(v int) int {
	p := mkPoint(v)
	return p.x
}

// h and x do not escape (a struct's pointer field points to another local): 0 allocs
func structPtrFieldLocal(v int) int {
	x := v
	h := holder{p: &x, n: 1}
	hp := &h
	return *hp.p + hp.n
}

// x is moved to the heap (the struct holding &x is copied to a global): 1 alloc
func structPtrFieldGlobal(v int) {
	x := v
	sinkHolder = holder{p: &x, n: 1}
}

// a does not escape (its slice is only passed to sum): 0 allocs
func arraySliceLocal(v int) int {
	var a [8]int
	a[0] = v
	s := a[:]
	return sum(s)
}

// a is moved to the heap (its slice is stored in a global): 1 alloc
func arraySliceGlobal(v int) {
	var a [8]int
	a[0] = v
	sinkSlice = a[:]
}

// a does not escape (indexed through a local pointer): 0 allocs
func arrayPtrLocal(v int) int {
	var a [100]int
	p := &a
	for j := range p {
		p[j] = j + v
	}
	return p[99]
}

// a is moved to the heap (&a stored in a global): 1 alloc
func arrayPtrGlobal(v int) {
	var a [100]int
	a[99] = v
	sinkArr = &a
}

// r does not escape (setInt only writes through its pointer): 0 allocs
func namedResultLocal(v int) (r int) {
	setInt(&r, v)
	return
}

// r is moved to the heap (&r stored in a global): 1 alloc
func namedResultGlobal(v int) (r int) {
	sinkPtr = &r
	r = v
	return
}

// x does not escape (each iteration's &x is only read): 0 allocs
func loopAddrLocal(v int) int {
	t := 0
	for j := 0; j < 10; j++ {
		x := j + v
		t += readInt(&x)
	}
	return t
}

// x is moved to the heap, one per iteration (&x stored in a global): 10 allocs
func loopAddrGlobal(v int) {
	for j := 0; j < 10; j++ {
		x := j + v
		sinkPtr = &x
	}
}

// the per-iteration loop variable j does not escape: 0 allocs
func loopVarAddrLocal(v int) int {
	t := 0
	for j := 0; j < 4; j++ {
		t += readInt(&j)
	}
	return t + v
}

// the per-iteration loop variable j is moved to the heap (Go 1.22 semantics): one
// per iteration plus the copy made by the last post statement, whose condition
// fails: 5 allocs
func loopVarAddrGlobal(v int) {
	for j := v; j < v+4; j++ {
		sinkPtr = &j
	}
}

// p and the points do not escape (a local linked through two pointers): 0 allocs
func pointerChainLocal(v int) int {
	a := point{v, 1}
	pa := &a
	ppa := &pa
	return (*ppa).x + (**ppa).y
}

func main() {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	allocs("addr_local", func() { sinkInt = addrLocal(7) })
	allocs("addr_global", func() { addrGlobal(7) })
	allocs("new_local", func() { sinkInt = newLocal(7) })
	allocs("new_global", func() { newGlobal(7) })
	allocs("ptrlit_local", func() { sinkInt = ptrLitLocal(7) })
	allocs("ptrlit_global", func() { ptrLitGlobal(7) })
	allocs("ptrlit_returned", func() { sinkInt = ptrLitReturned(7) })
	allocs("struct_ptr_field_local", func() { sinkInt = structPtrFieldLocal(7) })
	allocs("struct_ptr_field_global", func() { structPtrFieldGlobal(7) })
	allocs("array_slice_local", func() { sinkInt = arraySliceLocal(7) })
	allocs("array_slice_global", func() { arraySliceGlobal(7) })
	allocs("array_ptr_local", func() { sinkInt = arrayPtrLocal(7) })
	allocs("array_ptr_global", func() { arrayPtrGlobal(7) })
	allocs("named_result_local", func() { sinkInt = namedResultLocal(7) })
	allocs("named_result_global", func() { sinkInt = namedResultGlobal(7) })
	allocs("loop_addr_local", func() { sinkInt = loopAddrLocal(7) })
	allocs("loop_addr_global", func() { loopAddrGlobal(7) })
	allocs("loopvar_addr_local", func() { sinkInt = loopVarAddrLocal(7) })
	allocs("loopvar_addr_global", func() { loopVarAddrGlobal(7) })
	allocs("pointer_chain_local", func() { sinkInt = pointerChainLocal(7) })
}
