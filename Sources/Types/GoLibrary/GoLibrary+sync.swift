// Package sync in Go, in four pieces joined into one source: this one
// (Once.Do with Go's done flag and mutex: later callers wait for the first
// f; OnceFunc, OnceValue and OnceValues — a panic of f is raised again by
// every call, as in Go — and WaitGroup.Go), Mutex (GoLibrary+syncMutex),
// RWMutex and Cond (GoLibrary+syncLocks), Map and Pool
// (GoLibrary+syncMap). WaitGroup's counting is the runtime's (VM/Sync.swift).
extension GoLibrary {
    static let sync = syncOnce + syncMutex + syncLocks + syncMap

    static let syncOnce = #"""
package sync

import (
	"sync/atomic"
	"unsafe"
)

// Do calls f if and only if Do is being called for the first time for this
// Once; other callers wait until that call of f has returned (or panicked).
func (o *Once) Do(f func()) {
	if !o.done.Load() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}

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
