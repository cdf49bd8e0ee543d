// run

// sync.Once for lazy initialization shared by goroutines: a singleton built once (same pointer everywhere), callers blocked until the first f returns, one Once per map key, Goexit inside Do still counts as done, and OnceValue/OnceValues as memoized loaders called concurrently.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type registry struct {
	once  sync.Once
	items map[string]int
	built atomic.Int32
}

func (r *registry) get(k string) int {
	r.once.Do(func() {
		r.built.Add(1)
		r.items = map[string]int{"a": 1, "b": 2, "c": 3}
	})
	return r.items[k]
}

type keyed struct {
	mu    sync.Mutex
	onces map[string]*sync.Once
	vals  map[string]string
	runs  map[string]int
}

func (k *keyed) load(key string) string {
	k.mu.Lock()
	o := k.onces[key]
	if o == nil {
		o = new(sync.Once)
		k.onces[key] = o
	}
	k.mu.Unlock()
	o.Do(func() {
		v := strings.Repeat(key, 3)
		k.mu.Lock()
		k.vals[key] = v
		k.runs[key]++
		k.mu.Unlock()
	})
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.vals[key]
}

type config struct{ name string }

func main() {
	// 1. a lazily built registry used by 30 goroutines
	r := &registry{}
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total.Add(int64(r.get(string(rune('a' + i%3)))))
		}()
	}
	wg.Wait()
	fmt.Println("registry built", r.built.Load(), "time(s), total", total.Load())

	// 2. while the first Do is still running, other callers wait for it, then skip f
	var once sync.Once
	release := make(chan struct{})
	entered := make(chan struct{})
	var returned atomic.Int32
	var ran atomic.Int32
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				ran.Add(1)
				close(entered)
				<-release
			})
			returned.Add(1)
		}()
	}
	<-entered
	time.Sleep(10 * time.Millisecond) // give the others time to pile up in Do
	fmt.Println("returned while f runs:", returned.Load())
	close(release)
	wg.Wait()
	fmt.Println("returned after f:", returned.Load(), "f ran:", ran.Load())

	// 3. one Once per key: 5 keys × 8 goroutines, every key initialized exactly once
	k := &keyed{onces: map[string]*sync.Once{}, vals: map[string]string{}, runs: map[string]int{}}
	var mu sync.Mutex
	seen := map[string]int{}
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := string(rune('p' + i%5))
			v := k.load(key)
			mu.Lock()
			seen[v]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("runs per key:", k.runs)
	fmt.Println("values seen:", seen)

	// 4. Goexit inside Do: the goroutine ends, but the Once is done
	var g sync.Once
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		g.Do(func() { runtime.Goexit() })
		fmt.Println("not reached")
	}()
	<-exited
	again := false
	g.Do(func() { again = true })
	fmt.Println("Do after Goexit ran f:", again)

	// 5. OnceValue as a memoized loader: 20 concurrent callers get the same pointer
	var loads atomic.Int32
	getConfig := sync.OnceValue(func() *config {
		loads.Add(1)
		return &config{name: "prod"}
	})
	ptrs := make([]*config, 20)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = getConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println("OnceValue loads:", loads.Load(), "same pointer:", same, "name:", ptrs[0].name)

	// 6. OnceValues keeps a failure: every caller gets the same value and the same error
	errMissing := errors.New("missing file")
	var attempts atomic.Int32
	readFile := sync.OnceValues(func() ([]byte, error) {
		n := attempts.Add(1)
		return []byte(fmt.Sprint("partial-", n)), fmt.Errorf("read settings.json: %w", errMissing)
	})
	type res struct {
		data string
		err  string
	}
	results := make([]res, 10)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := readFile()
			results[i] = res{string(d), err.Error()}
		}()
	}
	wg.Wait()
	distinct := slices.CompactFunc(results, func(a, b res) bool { return a == b })
	_, err := readFile()
	fmt.Println("OnceValues attempts:", attempts.Load(), "distinct results:", distinct, "is errMissing:", errors.Is(err, errMissing))

	// 7. OnceFunc as an idempotent Close used from many goroutines
	var closes atomic.Int32
	ch := make(chan int)
	closeCh := sync.OnceFunc(func() { closes.Add(1); close(ch) })
	for range 10 {
		wg.Add(1)
		go func() { defer wg.Done(); closeCh() }()
	}
	wg.Wait()
	_, ok := <-ch
	fmt.Println("closes:", closes.Load(), "channel open:", ok)
}
