// Package iter in Go. Pull and Pull2 run the iterator on a goroutine of its
// own and hand each value over unbuffered channels: one side runs at a
// time, as with Go's coroutines. A panic in the iterator reaches the caller
// of next or stop.
extension GoLibrary {
    static let iter = #"""
package iter

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	n, s := Pull2[V, bool](func(yield func(V, bool) bool) {
		seq(func(v V) bool { return yield(v, true) })
	})
	next = func() (V, bool) {
		v, _, ok := n()
		return v, ok
	}
	return next, s
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k        K
		v        V
		ok       bool
		started  bool
		done     bool
		panicked bool
		pv       any
	)
	resume := make(chan bool)
	suspend := make(chan struct{})
	run := func() {
		defer func() {
			if p := recover(); p != nil {
				panicked, pv = true, p
			}
			var zk K
			var zv V
			k, v, ok = zk, zv, false
			done = true
			suspend <- struct{}{}
		}()
		if !<-resume {
			return
		}
		seq(func(k1 K, v1 V) bool {
			if done {
				panic("iter.Pull2: yield called after iteration finished")
			}
			k, v, ok = k1, v1, true
			suspend <- struct{}{}
			return <-resume
		})
	}
	rethrow := func() {
		if panicked {
			panicked = false
			panic(pv)
		}
	}
	next = func() (K, V, bool) {
		if done {
			var zk K
			var zv V
			return zk, zv, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		<-suspend
		rethrow()
		return k, v, ok
	}
	stop = func() {
		if done {
			return
		}
		if !started {
			done = true
			return
		}
		resume <- false
		<-suspend
		rethrow()
	}
	return next, stop
}
"""#
}
