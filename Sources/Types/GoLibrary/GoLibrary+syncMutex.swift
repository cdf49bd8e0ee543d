// Package sync's Mutex in Go, with Go's state word and its two modes, over
// the runtime's semaphores (VM/Sync.swift). The state (mu[0]) holds the
// locked, woken and starving bits and the number of waiters above them;
// mu[1] is the semaphore waiters sleep on.
//
// Normal mode: Unlock wakes one waiter but does not hand it the mutex; the
// woken goroutine competes with goroutines arriving meanwhile and, losing,
// waits again at the front of the queue (LIFO requeue). A waiter that has
// waited more than 1 ms switches the mutex to starvation mode: Unlock then
// hands the mutex directly to the first waiter (which runs next), and new
// arrivals queue behind instead of taking it. The last waiter, or one that
// waited less than 1 ms, returns the mutex to normal mode.
//
// GOSUB_MUTEXTRACE=1 prints each switch to starvation mode, each hand-off
// and each return to normal mode on standard error.
extension GoLibrary {
    static let syncMutex = #"""

func nanotime() int64
func mutexTraceEnabled() bool
func mutexTrace(m *Mutex, event int, waited int64)

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// mutexTrace's events
const (
	traceStarving = iota
	traceHandoff
	traceNormal
)

var mutexTraceOn = mutexTraceEnabled()

func (m *Mutex) state() *int32 { return (*int32)(unsafe.Pointer(&m.mu[0])) }

func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(m.state(), 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) TryLock() bool {
	old := *m.state()
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(m.state(), old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	s := m.state()
	var waitStart, waited int64
	starving, awoke := false, false
	old := *s
	for {
		next := old
		if old&mutexStarving == 0 {
			next |= mutexLocked // in starvation mode newcomers queue instead
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			next += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			next |= mutexStarving
		}
		if awoke {
			next &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(s, old, next) {
			old = *s
			continue
		}
		if mutexTraceOn && next&mutexStarving != 0 && old&mutexStarving == 0 {
			mutexTrace(m, traceStarving, waited)
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked it
		}
		// wait; a goroutine that waited before goes back to the front of the queue
		lifo := waitStart != 0
		if waitStart == 0 {
			waitStart = nanotime()
		}
		semacquire(&m.mu[1], lifo, waitMutex)
		waited = nanotime() - waitStart
		starving = starving || waited > starvationThresholdNs
		old = *s
		if old&mutexStarving != 0 {
			// handed over: take the lock and leave the queue; the last
			// waiter, or one not starving, ends starvation mode
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
				if mutexTraceOn {
					mutexTrace(m, traceNormal, waited)
				}
			}
			atomic.AddInt32(s, delta)
			return
		}
		awoke = true
	}
}

func (m *Mutex) Unlock() {
	if next := atomic.AddInt32(m.state(), -mutexLocked); next != 0 {
		m.unlockSlow(next)
	}
}

func (m *Mutex) unlockSlow(next int32) {
	if (next+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if next&mutexStarving != 0 {
		if mutexTraceOn {
			mutexTrace(m, traceHandoff, 0)
		}
		semrelease(&m.mu[1], true) // the first waiter takes it and runs now
		return
	}
	old := next
	for {
		// no waiters, or one already woken or holding it: nothing to do
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(m.state(), old, (old-1<<mutexWaiterShift)|mutexWoken) {
			semrelease(&m.mu[1], false)
			return
		}
		old = *m.state()
	}
}
"""#
}
