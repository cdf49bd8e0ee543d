// run

// Allocations per call, as testing.AllocsPerRun counts them, of conversions to
// interfaces: a struct passed to a function that only inspects it or that calls
// a method on it (the receiver of a call through an interface leaks), a struct,
// an int, a string stored in a global; values that need no allocation however
// they escape (integers 0..255 and single bytes from the runtime's static table,
// constants, the empty string, zero-sized values, pointers); a call through an
// interface the compiler devirtualizes. A conversion that does not escape boxes
// its value in the frame: 0 allocs.
// Expected output (allocs_per_op_ifaces.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const runs = 1000

type shape interface{ Area() int }

type rect struct{ w, h int }

func (r rect) Area() int { return r.w * r.h }

type empty struct{}

var (
	sinkInt   int
	sinkAny   any
	sinkShape shape
	globalR   = rect{3, 4}
	str       = "hello, world"
	emptyStr  = ""
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

// x does not escape: a type switch only reads it
func kind(x any) int {
	switch v := x.(type) {
	case rect:
		return v.w
	case int:
		return v
	case string:
		return len(v)
	}
	return -1
}

// s leaks: the receiver of a call through an interface goes to the heap
func area(s shape) int { return s.Area() }

// the rect boxed for kind does not escape: 0 allocs
func ifaceArgNoEscape(v int) int {
	return kind(rect{v, 2})
}

// the rect boxed for area escapes (area's parameter leaks): 1 alloc
func ifaceArgMethodCall(v int) int {
	return area(rect{v, 2})
}

// the rect boxed into a global escapes: 1 alloc
func ifaceStructGlobal(v int) {
	sinkShape = rect{v, 2}
}

// s.Area() is devirtualized to rect.Area, the boxed rect does not escape: 0 allocs
func ifaceMethodLocal(v int) int {
	var s shape = rect{v, 2}
	return s.Area()
}

// an int stored in a global: 0..255 come from the runtime's static table
// (0 allocs), other values are boxed on the heap (1 alloc)
func ifaceIntGlobal(v int) {
	sinkAny = v
}

// a byte stored in a global comes from the static table: 0 allocs
func ifaceByteGlobal(v byte) {
	sinkAny = v
}

// an int boxed for kind does not escape: 0 allocs
func ifaceIntNoEscape(v int) int {
	return kind(v)
}

// a constant is boxed in read-only data: 0 allocs
func ifaceConstGlobal() {
	sinkAny = 12345
}

// a constant string is boxed in read-only data: 0 allocs
func ifaceConstStringGlobal() {
	sinkAny = "constant"
}

// a non-constant string stored in a global is boxed on the heap: 1 alloc
func ifaceStringGlobal(s string) {
	sinkAny = s
}

// the empty string needs no box: 0 allocs
func ifaceEmptyStringGlobal(s string) {
	sinkAny = s
}

// a string boxed for kind does not escape: 0 allocs
func ifaceStringNoEscape(s string) int {
	return kind(s)
}

// a zero-sized value needs no box: 0 allocs
func ifaceZeroSizedGlobal() {
	sinkAny = empty{}
}

// a pointer is stored in the interface itself: 0 allocs
func ifacePointerGlobal() {
	sinkAny = &globalR
}

// a struct whose value escapes through an interface, converted back: 1 alloc
func ifaceRoundTripGlobal(v int) int {
	sinkAny = rect{v, v}
	return sinkAny.(rect).w
}

func main() {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	allocs("iface_arg_noescape", func() { sinkInt = ifaceArgNoEscape(7) })
	allocs("iface_arg_method_call", func() { sinkInt = ifaceArgMethodCall(7) })
	allocs("iface_struct_global", func() { ifaceStructGlobal(7) })
	allocs("iface_method_local", func() { sinkInt = ifaceMethodLocal(7) })
	allocs("iface_int_0_global", func() { ifaceIntGlobal(0) })
	allocs("iface_int_255_global", func() { ifaceIntGlobal(255) })
	allocs("iface_int_256_global", func() { ifaceIntGlobal(256) })
	allocs("iface_int_negative_global", func() { ifaceIntGlobal(-1) })
	allocs("iface_byte_global", func() { ifaceByteGlobal(250) })
	allocs("iface_int_noescape", func() { sinkInt = ifaceIntNoEscape(1000) })
	allocs("iface_const_global", func() { ifaceConstGlobal() })
	allocs("iface_const_string_global", func() { ifaceConstStringGlobal() })
	allocs("iface_string_global", func() { ifaceStringGlobal(str) })
	allocs("iface_empty_string_global", func() { ifaceEmptyStringGlobal(emptyStr) })
	allocs("iface_string_noescape", func() { sinkInt = ifaceStringNoEscape(str) })
	allocs("iface_zero_sized_global", func() { ifaceZeroSizedGlobal() })
	allocs("iface_pointer_global", func() { ifacePointerGlobal() })
	allocs("iface_round_trip_global", func() { sinkInt = ifaceRoundTripGlobal(7) })
}
