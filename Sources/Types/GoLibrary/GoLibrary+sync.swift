// Package sync in Go, in four pieces joined into one source: this one
// (OnceFunc, OnceValue and OnceValues — a panic of f is raised again by
// every call, as in Go — and WaitGroup.Go), Mutex (GoLibrary+syncMutex),
// RWMutex and Cond (GoLibrary+syncLocks), Map and Pool
// (GoLibrary+syncMap). WaitGroup's counting and Once.Do are the runtime's
// (VM/Sync.swift).
extension GoLibrary {
    static let sync = syncOnce + syncMutex + syncLocks + syncMap

    static let syncOnce = #"""
package sync

import (
	"sync/atomic"
	"unsafe"
)

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
}
