// run

// Allocations per call, as testing.AllocsPerRun counts them, of slices, maps and
// strings that do or do not escape: make with constant and variable lengths (a
// variable-length make of at most 32 bytes gets a buffer in the frame), the 64 KiB
// limit for implicit stack objects, slice literals, appends to a nil slice (the
// first 32 bytes in the frame), the implicit slice of a variadic call, small maps
// made and filled locally or stored in a global, string concatenation and
// conversions between strings and byte or rune slices (32-byte buffers in the
// frame; zero-copy []byte(s) when the bytes are only read), strconv.Itoa.
// Expected output (allocs_per_op_slices_maps_strings.out) from real Go built with
// -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

const runs = 1000

var (
	sinkInt   int
	sinkBool  bool
	sinkSlice []int
	sinkBytes []byte
	sinkMap   map[int]int
	sinkStr   string
	short     = "hello"
	long      = "the quick brown fox jumps over the lazy dog"
	shortB    = []byte("hello")
	longB     = []byte("the quick brown fox jumps over the lazy dog")
	table     = map[string]int{"hello": 1}
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

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func sumBytes(s []byte) int {
	t := 0
	for _, v := range s {
		t += int(v)
	}
	return t
}

// xs does not escape: 0 allocs for its implicit slice
func variadicSum(xs ...int) int { return sum(xs) }

// xs leaks: the implicit slice escapes
func variadicKeep(xs ...int) int {
	sinkSlice = xs
	return len(xs)
}

// make([]int, 10) does not escape: 0 allocs
func makeConstLocal(v int) int {
	s := make([]int, 10)
	s[0] = v
	return sum(s)
}

// make([]int, 10) stored in a global escapes: 1 alloc
func makeConstGlobal(v int) {
	s := make([]int, 10)
	s[0] = v
	sinkSlice = s
}

// make([]int, n), not escaping: a 32-byte buffer in the frame when n*8 <= 32;
// 0 allocs for n = 4, 1 alloc for n = 5
func makeVarLocal(n int) int {
	s := make([]int, n)
	s[0] = n
	return sum(s)
}

// make([]byte, 65536) is within the 64 KiB limit for implicit stack objects: 0 allocs
func makeLimitLocal(v int) int {
	s := make([]byte, 65536)
	s[v] = 1
	return sumBytes(s[:64])
}

// make([]byte, 65537) is over the 64 KiB limit: 1 alloc
func makeOverLimitLocal(v int) int {
	s := make([]byte, 65537)
	s[v] = 1
	return sumBytes(s[:64])
}

// make([]int, n) stored in a global escapes: 1 alloc
func makeVarGlobal(n int) {
	sinkSlice = make([]int, n)
}

// []int{...} does not escape: 0 allocs
func sliceLitLocal(v int) int {
	s := []int{v, 2, 3}
	return sum(s)
}

// []int{...} stored in a global escapes: 1 alloc
func sliceLitGlobal(v int) {
	sinkSlice = []int{v, 2, 3}
}

// appending 3 ints to a nil slice stored in a global at every step: the backing
// store escapes, no buffer in the frame (capacities 1, 2, 4): 3 allocs
func appendEachGlobal(v int) {
	sinkSlice = nil
	for j := 0; j < 3; j++ {
		sinkSlice = append(sinkSlice, j+v)
	}
}

// the implicit slice of f(1, 2, 3) does not escape: 0 allocs
func variadicNoEscape(v int) int {
	return variadicSum(v, 2, 3)
}

// the implicit slice of f(1, 2, 3) escapes: 1 alloc
func variadicEscape(v int) int {
	return variadicKeep(v, 2, 3)
}

// make(map[int]int) stored in a global: the map, then its group at the first insert: 2 allocs
func mapMakeGlobal(v int) {
	m := make(map[int]int)
	for j := 0; j < 3; j++ {
		m[j] = j + v
	}
	sinkMap = m
}

// a map literal stored in a global: 2 allocs
func mapLitGlobal(v int) {
	sinkMap = map[int]int{1: v, 2: 2, 3: 3}
}

// a+b of at most 32 bytes, not escaping, uses a buffer in the frame: 0 allocs
func concatShortLocal(a, b string) int {
	s := a + b
	return len(s)
}

// a+b over 32 bytes, not escaping: 1 alloc
func concatLongLocal(a, b string) int {
	s := a + b
	return len(s)
}

// a+b stored in a global: 1 alloc
func concatGlobal(a, b string) {
	sinkStr = a + b
}

// []byte(s) of at most 32 bytes, written to, not escaping: 0 allocs
func bytesShortLocal(s string) int {
	b := []byte(s)
	b[0] = 'x'
	return sumBytes(b)
}

// []byte(s) over 32 bytes, written to, not escaping: 1 alloc
func bytesLongLocal(s string) int {
	b := []byte(s)
	b[0] = 'x'
	return sumBytes(b)
}

// []byte(s) over 32 bytes, only read and not escaping, shares s's bytes: 0 allocs
func bytesLongReadOnly(s string) int {
	b := []byte(s)
	return sumBytes(b)
}

// []byte(s) stored in a global: 1 alloc
func bytesGlobal(s string) {
	sinkBytes = []byte(s)
}

// ranging over []byte(s) copies nothing: 0 allocs
func bytesRange(s string) int {
	t := 0
	for _, c := range []byte(s) {
		t += int(c)
	}
	return t
}

// string(b) of at most 32 bytes, not escaping: 0 allocs
func stringShortLocal(b []byte) int {
	s := string(b)
	return len(s)
}

// string(b) over 32 bytes, not escaping: 1 alloc
func stringLongLocal(b []byte) int {
	s := string(b)
	return len(s)
}

// string(b) stored in a global: 1 alloc
func stringGlobal(b []byte) {
	sinkStr = string(b)
}

// string(b) as a map key in a lookup copies nothing: 0 allocs
func stringMapKey(b []byte) int {
	return table[string(b)]
}

// string(b) compared with a string copies nothing: 0 allocs
func stringCompare(b []byte) bool {
	return string(b) == "hello"
}

// []rune(s), not escaping: a buffer of 32 runes in the frame; 0 allocs for
// "hello", 1 alloc for the 43 runes of long
func runesLocal(s string) int {
	r := []rune(s)
	return len(r)
}

// strconv.Itoa's result escapes; it is a constant string for 0..99 (0 allocs)
// and allocated for 100 or more (1 alloc)
func itoaLen(v int) int {
	return len(strconv.Itoa(v))
}

func main() {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	allocs("make_const_local", func() { sinkInt = makeConstLocal(7) })
	allocs("make_const_global", func() { makeConstGlobal(7) })
	allocs("make_var_small_local", func() { sinkInt = makeVarLocal(4) })
	allocs("make_var_large_local", func() { sinkInt = makeVarLocal(5) })
	allocs("make_limit_local", func() { sinkInt = makeLimitLocal(7) })
	allocs("make_over_limit_local", func() { sinkInt = makeOverLimitLocal(7) })
	allocs("make_var_global", func() { makeVarGlobal(4) })
	allocs("slicelit_local", func() { sinkInt = sliceLitLocal(7) })
	allocs("slicelit_global", func() { sliceLitGlobal(7) })
	allocs("append_each_global", func() { appendEachGlobal(7) })
	allocs("variadic_noescape", func() { sinkInt = variadicNoEscape(7) })
	allocs("variadic_escape", func() { sinkInt = variadicEscape(7) })
	allocs("map_make_global", func() { mapMakeGlobal(7) })
	allocs("map_lit_global", func() { mapLitGlobal(7) })
	allocs("concat_short_local", func() { sinkInt = concatShortLocal(short, short) })
	allocs("concat_long_local", func() { sinkInt = concatLongLocal(long, short) })
	allocs("concat_global", func() { concatGlobal(short, short) })
	allocs("bytes_short_local", func() { sinkInt = bytesShortLocal(short) })
	allocs("bytes_long_local", func() { sinkInt = bytesLongLocal(long) })
	allocs("bytes_long_readonly", func() { sinkInt = bytesLongReadOnly(long) })
	allocs("bytes_global", func() { bytesGlobal(short) })
	allocs("bytes_range", func() { sinkInt = bytesRange(long) })
	allocs("string_short_local", func() { sinkInt = stringShortLocal(shortB) })
	allocs("string_long_local", func() { sinkInt = stringLongLocal(longB) })
	allocs("string_global", func() { stringGlobal(shortB) })
	allocs("string_map_key", func() { sinkInt = stringMapKey(shortB) })
	allocs("string_compare", func() { sinkBool = stringCompare(shortB) })
	allocs("runes_short_local", func() { sinkInt = runesLocal(short) })
	allocs("runes_long_local", func() { sinkInt = runesLocal(long) })
	allocs("itoa_small", func() { sinkInt = itoaLen(42) })
	allocs("itoa_large", func() { sinkInt = itoaLen(12345) })
}
