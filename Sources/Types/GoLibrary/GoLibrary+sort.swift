// Package sort in Go. Sort and Slice are pattern-defeating quicksort with
// the same pivot choices, partitioning and pattern breaking as Go's (so
// equal elements end in the same order as with Go); Stable and SliceStable
// are insertion-sorted blocks of 20 merged by SymMerge. Slice and
// SliceStable swap elements of any slice through two natives (sliceLen,
// sliceSwap). Ints, Float64s and Strings stay Swift natives.
extension GoLibrary {
    static let sort = #"""
package sort

func sliceLen(x any) int
func sliceSwap(x any, i, j int)

type funcSorter struct {
	x    any
	less func(i, j int) bool
}

func (s funcSorter) Len() int           { return sliceLen(s.x) }
func (s funcSorter) Less(i, j int) bool { return s.less(i, j) }
func (s funcSorter) Swap(i, j int)      { sliceSwap(s.x, i, j) }

func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	if n <= 1 {
		return
	}
	pdqsort(funcSorter{x, less}, 0, n, bitLen(n))
}

func Stable(data Interface) { stable(data, data.Len()) }

func SliceStable(x any, less func(i, j int) bool) {
	stable(funcSorter{x, less}, sliceLen(x))
}

func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }

func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(h) > 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {
			return false
		}
	}
	return true
}

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func (p IntSlice) Len() int              { return len(p) }
func (p IntSlice) Less(i, j int) bool    { return p[i] < p[j] }
func (p IntSlice) Swap(i, j int)         { p[i], p[j] = p[j], p[i] }
func (p IntSlice) Sort()                 { Sort(p) }
func (p IntSlice) Search(x int) int      { return SearchInts(p, x) }
func (p Float64Slice) Len() int          { return len(p) }
func (p Float64Slice) Less(i, j int) bool {
	return p[i] < p[j] || (p[i] != p[i] && p[j] == p[j])
}
func (p Float64Slice) Swap(i, j int)         { p[i], p[j] = p[j], p[i] }
func (p Float64Slice) Sort()                 { Sort(p) }
func (p Float64Slice) Search(x float64) int  { return SearchFloat64s(p, x) }
func (p StringSlice) Len() int               { return len(p) }
func (p StringSlice) Less(i, j int) bool     { return p[i] < p[j] }
func (p StringSlice) Swap(i, j int)          { p[i], p[j] = p[j], p[i] }
func (p StringSlice) Sort()                  { Sort(p) }
func (p StringSlice) Search(x string) int    { return SearchStrings(p, x) }

// bitLen is the number of bits needed to represent n (bits.Len).
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

// pdqsort sorts data[a:b]; after limit badly unbalanced partitions it heap-sorts.
func pdqsort(data Interface, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			for i, j := a, b-1; i < j; i, j = i+1, j-1 {
				data.Swap(i, j)
			}
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b) {
			return
		}
		// the element before a is a pivot of an earlier partition: when it is not
		// below this pivot, everything equal to the pivot goes first
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves data[pivot] to its final place mid, smaller elements
// before it and the others after; already reports that nothing moved.
func partition(data Interface, a, b, pivot int) (mid int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual puts the elements equal to data[pivot] first (none is smaller)
// and returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to 5 out-of-order neighbours; true if data[a:b] ends sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random ones.
func breakPatterns(data Interface, a, b int) {
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
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the median of three (of three medians from 50 elements
// on) and says whether the samples looked increasing or decreasing.
func choosePivot(data Interface, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func median(data Interface, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b, c = c, b
	}
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	return b
}

func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, stably
// (Kim and Kutzner's SymMerge).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// insert data[a] before the first element of data[m:b] not below it
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// insert data[m] after the last element of data[a:m] not above it
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
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
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by block swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
"""#
}
