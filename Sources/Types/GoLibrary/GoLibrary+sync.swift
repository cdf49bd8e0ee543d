// Package sync in Go: OnceFunc, OnceValue and OnceValues (a panic of f is
// raised again by every call, as in Go) and WaitGroup.Go. (Mutex,
// WaitGroup's counting and Once.Do are the runtime's.)
extension GoLibrary {
    static let sync = #"""
package sync

func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
"""#

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
"""#
}
