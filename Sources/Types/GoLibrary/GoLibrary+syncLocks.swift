// Package sync's RWMutex, Cond and WaitGroup methods in Go, over the runtime's semaphores and
// notify lists (VM/Sync.swift). RWMutex prefers writers: a writer takes w,
// then subtracts maxReaders from readerCount so that new readers see it
// negative and wait on readerSem; the writer waits on writerSem for the
// readers already inside (readerWait) to leave; Unlock releases the
// readers that arrived meanwhile. Cond.Wait takes a ticket before
// unlocking L, so a Signal between the two is not lost.
extension GoLibrary {
    static let syncLocks = #"""

// The runtime's side (natives).
func semacquire(addr *uint32, lifo bool, reason int)
func semrelease(addr *uint32, handoff bool)
func notifyListAdd(l unsafe.Pointer) uint32
func notifyListWait(l unsafe.Pointer, ticket uint32)
func notifyListNotifyOne(l unsafe.Pointer)
func notifyListNotifyAll(l unsafe.Pointer)
func fatal(s string)
func waitGroupAdd(wg *WaitGroup, delta int)
func waitGroupWait(wg *WaitGroup)

// WaitGroup's methods have bodies so that they can be method values.
func (wg *WaitGroup) Add(delta int) { waitGroupAdd(wg, delta) }
func (wg *WaitGroup) Done()         { waitGroupAdd(wg, -1) }
func (wg *WaitGroup) Wait()         { waitGroupWait(wg) }

// semacquire's wait reasons
const (
	waitRLock = iota
	waitLock
	waitMutex
)

const maxReaders = 1 << 30

func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		semacquire(&rw.readerSem, false, waitRLock)
	}
}

func (rw *RWMutex) TryRLock() bool {
	c := rw.readerCount.Load()
	if c < 0 {
		return false
	}
	rw.readerCount.Store(c + 1)
	return true
}

func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		if r+1 == 0 || r+1 == -maxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// a writer waits: the last reader out lets it in
		if rw.readerWait.Add(-1) == 0 {
			semrelease(&rw.writerSem, false)
		}
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rw.readerCount.Add(-maxReaders) + maxReaders
	if r != 0 && rw.readerWait.Add(r) != 0 {
		semacquire(&rw.writerSem, false, waitLock)
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount.Load() != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount.Store(-maxReaders)
	return true
}

func (rw *RWMutex) Unlock() {
	r := rw.readerCount.Add(maxReaders)
	if r >= maxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	t := notifyListAdd(unsafe.Pointer(c))
	c.L.Unlock()
	notifyListWait(unsafe.Pointer(c), t)
	c.L.Lock()
}

func (c *Cond) Signal() { notifyListNotifyOne(unsafe.Pointer(c)) }

func (c *Cond) Broadcast() { notifyListNotifyAll(unsafe.Pointer(c)) }
"""#
}
