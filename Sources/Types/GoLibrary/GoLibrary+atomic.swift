// Package sync/atomic in Go. One goroutine runs at a time and these bodies
// hold no preemption point (no loop, no call), so plain loads and stores
// are atomic. Int32's and Int64's Load, Store and Add and the
// AddInt32/64, LoadInt32/64, StoreInt32/64 and CompareAndSwapInt32/64
// functions are natives (VM/Sync.swift). Value keeps Go's panics for nil
// and inconsistently typed values.
extension GoLibrary {
    static let syncAtomic = #"""
package atomic

import "unsafe"

func (x *Pointer[T]) Load() *T { return (*T)(x.v) }

func (x *Pointer[T]) Store(val *T) { x.v = unsafe.Pointer(val) }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	old = (*T)(x.v)
	x.v = unsafe.Pointer(new)
	return old
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if (*T)(x.v) != old {
		return false
	}
	x.v = unsafe.Pointer(new)
	return true
}

func (x *Bool) Load() bool { return x.v != 0 }

func (x *Bool) Store(val bool) { x.v = b32(val) }

func (x *Bool) Swap(new bool) (old bool) {
	old = x.v != 0
	x.v = b32(new)
	return old
}

func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if (x.v != 0) != old {
		return false
	}
	x.v = b32(new)
	return true
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// typeWord: the dynamic type word of an interface value.
func typeWord(v any) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&v)) }

func (v *Value) Load() (val any) { return v.v }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && typeWord(v.v) != typeWord(val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && typeWord(v.v) != typeWord(new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeWord(old) != typeWord(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeWord(v.v) != typeWord(new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

func AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr &= mask
	return old
}

func OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr |= mask
	return old
}

func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

func AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr &= mask
	return old
}

func OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr |= mask
	return old
}

func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

func AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr &= mask
	return old
}

func OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr |= mask
	return old
}

func LoadUint32(addr *uint32) (val uint32) { return *addr }

func StoreUint32(addr *uint32, val uint32) { *addr = val }

func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

func AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr &= mask
	return old
}

func OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr |= mask
	return old
}

func LoadUint64(addr *uint64) (val uint64) { return *addr }

func StoreUint64(addr *uint64, val uint64) { *addr = val }

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return old
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr &= mask
	return old
}

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr |= mask
	return old
}

func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return old
}

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

func (x *Int32) Swap(new int32) (old int32) {
	old = x.v
	x.v = new
	return old
}

func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Int32) And(mask int32) (old int32) {
	old = x.v
	x.v &= mask
	return old
}

func (x *Int32) Or(mask int32) (old int32) {
	old = x.v
	x.v |= mask
	return old
}

func (x *Int64) Swap(new int64) (old int64) {
	old = x.v
	x.v = new
	return old
}

func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Int64) And(mask int64) (old int64) {
	old = x.v
	x.v &= mask
	return old
}

func (x *Int64) Or(mask int64) (old int64) {
	old = x.v
	x.v |= mask
	return old
}

func (x *Uint32) Load() uint32 { return x.v }

func (x *Uint32) Store(val uint32) { x.v = val }

func (x *Uint32) Swap(new uint32) (old uint32) {
	old = x.v
	x.v = new
	return old
}

func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uint32) Add(delta uint32) (new uint32) {
	x.v += delta
	return x.v
}

func (x *Uint32) And(mask uint32) (old uint32) {
	old = x.v
	x.v &= mask
	return old
}

func (x *Uint32) Or(mask uint32) (old uint32) {
	old = x.v
	x.v |= mask
	return old
}

func (x *Uint64) Load() uint64 { return x.v }

func (x *Uint64) Store(val uint64) { x.v = val }

func (x *Uint64) Swap(new uint64) (old uint64) {
	old = x.v
	x.v = new
	return old
}

func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uint64) Add(delta uint64) (new uint64) {
	x.v += delta
	return x.v
}

func (x *Uint64) And(mask uint64) (old uint64) {
	old = x.v
	x.v &= mask
	return old
}

func (x *Uint64) Or(mask uint64) (old uint64) {
	old = x.v
	x.v |= mask
	return old
}

func (x *Uintptr) Load() uintptr { return x.v }

func (x *Uintptr) Store(val uintptr) { x.v = val }

func (x *Uintptr) Swap(new uintptr) (old uintptr) {
	old = x.v
	x.v = new
	return old
}

func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uintptr) Add(delta uintptr) (new uintptr) {
	x.v += delta
	return x.v
}

func (x *Uintptr) And(mask uintptr) (old uintptr) {
	old = x.v
	x.v &= mask
	return old
}

func (x *Uintptr) Or(mask uintptr) (old uintptr) {
	old = x.v
	x.v |= mask
	return old
}
"""#
}
