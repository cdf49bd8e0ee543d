// run

// sync/atomic functions on int32/int64/uint32/uint64/uintptr: Add, And, Or, CAS, Swap, Load, Store, wraparound.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func main() {
	var i32 int32 = 10
	fmt.Println("AddInt32", atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -20), atomic.LoadInt32(&i32))
	i32 = math.MaxInt32
	fmt.Println("AddInt32 overflow", atomic.AddInt32(&i32, 1))
	fmt.Println("CAS int32", atomic.CompareAndSwapInt32(&i32, 0, 1), atomic.CompareAndSwapInt32(&i32, math.MinInt32, 7), atomic.LoadInt32(&i32))
	fmt.Println("Swap int32", atomic.SwapInt32(&i32, -3), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, 0b1100)
	fmt.Println("Load int32", atomic.LoadInt32(&i32))
	fmt.Println("And int32 old", atomic.AndInt32(&i32, 0b1010), "new", atomic.LoadInt32(&i32))
	fmt.Println("Or int32 old", atomic.OrInt32(&i32, 0b0011), "new", atomic.LoadInt32(&i32))

	var i64 int64 = math.MaxInt64
	fmt.Println("AddInt64 overflow", atomic.AddInt64(&i64, 1))
	fmt.Println("AddInt64", atomic.AddInt64(&i64, -1), atomic.AddInt64(&i64, 1<<40))
	fmt.Println("CAS int64", atomic.CompareAndSwapInt64(&i64, 1, 2), atomic.CompareAndSwapInt64(&i64, atomic.LoadInt64(&i64), 99), atomic.LoadInt64(&i64))
	fmt.Println("Swap int64", atomic.SwapInt64(&i64, 1<<62), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, -1)
	fmt.Println("And int64 old", atomic.AndInt64(&i64, 0xff00), "new", atomic.LoadInt64(&i64))
	fmt.Println("Or int64 old", atomic.OrInt64(&i64, -1<<60), "new", atomic.LoadInt64(&i64))

	var u32 uint32 = 5
	fmt.Println("AddUint32 ^0 (decrement)", atomic.AddUint32(&u32, ^uint32(0)))
	fmt.Println("AddUint32 ^(3-1) (minus 3)", atomic.AddUint32(&u32, ^uint32(3-1)))
	u32 = math.MaxUint32
	fmt.Println("AddUint32 wrap", atomic.AddUint32(&u32, 2))
	fmt.Println("CAS uint32", atomic.CompareAndSwapUint32(&u32, 1, 0), atomic.LoadUint32(&u32))
	fmt.Println("Swap uint32", atomic.SwapUint32(&u32, 0xF0F0), atomic.LoadUint32(&u32))
	fmt.Println("And uint32 old", atomic.AndUint32(&u32, 0xFF00), "new", atomic.LoadUint32(&u32))
	fmt.Println("Or uint32 old", atomic.OrUint32(&u32, 0x000F), "new", atomic.LoadUint32(&u32))
	atomic.StoreUint32(&u32, 0)
	fmt.Println("AddUint32 0 - 1", atomic.AddUint32(&u32, ^uint32(0)))

	var u64 uint64
	fmt.Println("AddUint64 0 - 1", atomic.AddUint64(&u64, ^uint64(0)))
	fmt.Println("AddUint64 wrap", atomic.AddUint64(&u64, 3))
	fmt.Println("CAS uint64", atomic.CompareAndSwapUint64(&u64, 2, 1<<63), atomic.LoadUint64(&u64))
	fmt.Println("Swap uint64", atomic.SwapUint64(&u64, 6), atomic.LoadUint64(&u64))
	atomic.StoreUint64(&u64, 0b0110)
	fmt.Println("And uint64 old", atomic.AndUint64(&u64, 0b0011), "new", atomic.LoadUint64(&u64))
	fmt.Println("Or uint64 old", atomic.OrUint64(&u64, 1<<63), "new", atomic.LoadUint64(&u64))

	var up uintptr = 100
	fmt.Println("AddUintptr", atomic.AddUintptr(&up, 28), atomic.AddUintptr(&up, ^uintptr(0)))
	fmt.Println("CAS uintptr", atomic.CompareAndSwapUintptr(&up, 127, 1), atomic.LoadUintptr(&up))
	fmt.Println("Swap uintptr", atomic.SwapUintptr(&up, 0xF), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 0xFF)
	fmt.Println("And uintptr old", atomic.AndUintptr(&up, 0x0F), "new", atomic.LoadUintptr(&up))
	fmt.Println("Or uintptr old", atomic.OrUintptr(&up, 0x30), "new", atomic.LoadUintptr(&up))

	// atomics on struct fields and slice elements
	type stats struct{ hits, misses int64 }
	var s stats
	arr := make([]uint32, 3)
	for i := range 10 {
		atomic.AddInt64(&s.hits, int64(i))
		atomic.AddUint32(&arr[i%3], 1)
	}
	atomic.AddInt64(&s.misses, -1)
	fmt.Println(s, arr)
}
