// Package slices in Go. The sorts are pattern-defeating quicksort with Go's
// pivot choices and pattern breaking (equal elements end where Go puts
// them), written once over a less function; the stable sort is insertion-
// sorted blocks of 20 merged by SymMerge. Iterator functions return and
// consume iter.Seq values as plain function calls.
extension GoLibrary {
    static let slices = #"""
package slices

import (
	"cmp"
	"iter"
)

func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq([]E(nil), seq)
}

func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := min(n, len(s[i:]))
			if !yield(s[i : i+end : i+end]) {
				return
			}
		}
	}
}

func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) >= 0 }

func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):oldlen])
	return s
}

func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		if len(s2) < len(s) {
			clear(s[len(s2):])
		}
		return s2
	}
	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		s2 := append(s[:i], make(S, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}
	r := s[:tot]
	if i+len(v) <= j {
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		clear(s[tot:])
		return r
	}
	// v overlaps the tail that moves: keep the tail aside first
	tail := Clone(s[j:])
	copy(r[i:], v)
	copy(r[i+len(v):], tail)
	return r
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if !eq(s2[k2], s2[k2-1]) {
					s[k] = s2[k2]
					k++
				}
			}
			clear(s[k:])
			return s[:k]
		}
	}
	return s
}

func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

func Clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	newslice := Grow[S](nil, size)
	for _, s := range slices {
		newslice = append(newslice, s...)
	}
	return newslice
}

func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	newslice := make(S, 0, len(x)*count)
	for i := 0; i < count; i++ {
		newslice = append(newslice, x...)
	}
	return newslice
}

func isNaN[T cmp.Ordered](x T) bool { return x != x }

func cmpLess[T cmp.Ordered](x, y T) bool { return (isNaN(x) && !isNaN(y)) || x < y }

func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdqsort(x, 0, n, bitLen(n), cmpLess[E])
}

func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsort(x, 0, n, bitLen(n), func(a, b E) bool { return cmp(a, b) < 0 })
}

func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stable(x, len(x), func(a, b E) bool { return cmp(a, b) < 0 })
}

func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmpLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmpLess(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

func insertionSort[E any](x []E, a, b int, less func(a, b E) bool) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func siftDown[E any](x []E, lo, hi, first int, less func(a, b E) bool) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && less(x[first+child], x[first+child+1]) {
			child++
		}
		if !less(x[first+root], x[first+child]) {
			return
		}
		x[first+root], x[first+child] = x[first+child], x[first+root]
		root = child
	}
}

func heapSort[E any](x []E, a, b int, less func(a, b E) bool) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(x, i, n, a, less)
	}
	for i := n - 1; i >= 0; i-- {
		x[a], x[a+i] = x[a+i], x[a]
		siftDown(x, 0, i, a, less)
	}
}

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func pdqsort[E any](x []E, a, b, limit int, less func(a, b E) bool) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(x, a, b, less)
			return
		}
		if limit == 0 {
			heapSort(x, a, b, less)
			return
		}
		if !balanced {
			breakPatterns(x, a, b)
			limit--
		}
		pivot, hint := choosePivot(x, a, b, less)
		if hint == hintDecreasing {
			for i, j := a, b-1; i < j; i, j = i+1, j-1 {
				x[i], x[j] = x[j], x[i]
			}
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(x, a, b, less) {
			return
		}
		if a > 0 && !less(x[a-1], x[pivot]) {
			a = partitionEqual(x, a, b, pivot, less)
			continue
		}
		mid, already := partition(x, a, b, pivot, less)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(x, a, mid, limit, less)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(x, mid+1, b, limit, less)
			b = mid
		}
	}
}

func partition[E any](x []E, a, b, pivot int, less func(a, b E) bool) (int, bool) {
	x[a], x[pivot] = x[pivot], x[a]
	i, j := a+1, b-1
	for i <= j && less(x[i], x[a]) {
		i++
	}
	for i <= j && !less(x[j], x[a]) {
		j--
	}
	if i > j {
		x[j], x[a] = x[a], x[j]
		return j, true
	}
	x[i], x[j] = x[j], x[i]
	i++
	j--
	for {
		for i <= j && less(x[i], x[a]) {
			i++
		}
		for i <= j && !less(x[j], x[a]) {
			j--
		}
		if i > j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[j], x[a] = x[a], x[j]
	return j, false
}

func partitionEqual[E any](x []E, a, b, pivot int, less func(a, b E) bool) int {
	x[a], x[pivot] = x[pivot], x[a]
	i, j := a+1, b-1
	for {
		for i <= j && !less(x[a], x[i]) {
			i++
		}
		for i <= j && less(x[a], x[j]) {
			j--
		}
		if i > j {
			return i
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
}

func partialInsertionSort[E any](x []E, a, b int, less func(a, b E) bool) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !less(x[i], x[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		x[i], x[i-1] = x[i-1], x[i]
		if i-a >= 2 {
			for j := i - 1; j >= 1 && less(x[j], x[j-1]); j-- {
				x[j], x[j-1] = x[j-1], x[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && less(x[j], x[j-1]); j++ {
				x[j], x[j-1] = x[j-1], x[j]
			}
		}
	}
	return false
}

func breakPatterns[E any](x []E, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	for idx := a + n/4*2 - 1; idx <= a+n/4*2+1; idx++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		x[idx], x[a+other] = x[a+other], x[idx]
	}
}

func choosePivot[E any](x []E, a, b int, less func(a, b E) bool) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(x, i-1, i, i+1, &swaps, less)
			j = median(x, j-1, j, j+1, &swaps, less)
			k = median(x, k-1, k, k+1, &swaps, less)
		}
		j = median(x, i, j, k, &swaps, less)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func median[E any](x []E, a, b, c int, swaps *int, less func(a, b E) bool) int {
	if less(x[b], x[a]) {
		*swaps++
		a, b = b, a
	}
	if less(x[c], x[b]) {
		*swaps++
		b, c = c, b
	}
	if less(x[b], x[a]) {
		*swaps++
		a, b = b, a
	}
	return b
}

func stable[E any](x []E, n int, less func(a, b E) bool) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(x, a, b, less)
		a = b
		b += block
	}
	insertionSort(x, a, n, less)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(x, a, a+block, b, less)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge(x, a, m, n, less)
		}
		block *= 2
	}
}

func symMerge[E any](x []E, a, m, b int, less func(a, b E) bool) {
	if m-a == 1 {
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if less(x[h], x[a]) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			x[k], x[k+1] = x[k+1], x[k]
		}
		return
	}
	if b-m == 1 {
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !less(x[m], x[h]) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			x[k], x[k-1] = x[k-1], x[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !less(x[p-c], x[c]) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(x, start, m, end)
	}
	if a < start && start < mid {
		symMerge(x, a, start, mid, less)
	}
	if mid < end && end < b {
		symMerge(x, mid, end, b, less)
	}
}

func rotate[E any](x []E, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(x, m-i, m, j)
			i -= j
		} else {
			swapRange(x, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(x, m-i, m, i)
}

func swapRange[E any](x []E, a, b, n int) {
	for i := 0; i < n; i++ {
		x[a+i], x[b+i] = x[b+i], x[a+i]
	}
}
"""#
}
