// run

// An RWMutex-guarded pair with an invariant: 10 readers and 3 writers counted exactly, readers never see a half-done update, a writer never overlaps a reader or another writer; all readers inside RLock at once; a writer waits for them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type ledger struct {
	mu       sync.RWMutex
	checking int
	savings  int
	version  int

	readers    atomic.Int32 // inside RLock now
	writers    atomic.Int32 // inside Lock now
	overlaps   atomic.Int32 // a writer with company, or a reader with a writer
	broken     atomic.Int32 // snapshots violating the invariant
	reads      atomic.Int64
	writeCount atomic.Int64
}

func (l *ledger) read() (int, int) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	l.readers.Add(1)
	defer l.readers.Add(-1)
	if l.writers.Load() != 0 {
		l.overlaps.Add(1)
	}
	c, s := l.checking, l.savings
	if c+s != 1000 {
		l.broken.Add(1)
	}
	l.reads.Add(1)
	return c, l.version
}

func (l *ledger) move(amount int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.writers.Add(1) != 1 || l.readers.Load() != 0 {
		l.overlaps.Add(1)
	}
	l.checking -= amount
	l.savings += amount // between these two lines the invariant does not hold
	l.version++
	l.writeCount.Add(1)
	l.writers.Add(-1)
}

func main() {
	l := &ledger{checking: 600, savings: 400}
	var wg sync.WaitGroup
	for r := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lastVersion := -1
			for range 300 {
				_, v := l.read()
				if v < lastVersion {
					panic(fmt.Sprint("reader ", r, " saw the version go back"))
				}
				lastVersion = v
			}
		}()
	}
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				if (i+w)%2 == 0 {
					l.move(7)
				} else {
					l.move(-3)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("reads:", l.reads.Load(), "writes:", l.writeCount.Load(), "version:", l.version)
	fmt.Println("checking:", l.checking, "savings:", l.savings, "sum:", l.checking+l.savings)
	fmt.Println("broken snapshots:", l.broken.Load(), "overlaps:", l.overlaps.Load())

	// all 6 readers hold the read lock at the same time (each waits inside for the others)
	var inside sync.WaitGroup
	inside.Add(6)
	var peak atomic.Int32
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.mu.RLock()
			n := l.readers.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			inside.Done()
			inside.Wait() // cannot return unless all 6 are inside together
			l.readers.Add(-1)
			l.mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers inside together:", peak.Load())

	// a writer arriving while 4 readers hold the lock gets it only after the last RUnlock
	held := make(chan struct{})
	release := make(chan struct{})
	var order []string
	var omu sync.Mutex
	log := func(s string) { omu.Lock(); order = append(order, s); omu.Unlock() }
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.mu.RLock()
			held <- struct{}{}
			<-release
			log(fmt.Sprint("reader", i, " out"))
			l.mu.RUnlock()
		}()
	}
	for range 4 {
		<-held
	}
	wrote := make(chan struct{})
	go func() {
		l.move(100)
		log("writer done")
		close(wrote)
	}()
	close(release)
	<-wrote
	wg.Wait()
	fmt.Println("last event:", order[len(order)-1], "events:", len(order))
	c, v := l.read()
	fmt.Println("after the writer: checking", c, "version", v)
}
