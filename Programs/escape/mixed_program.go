// errorcheck -0 -m -l

// a small program: mutex-guarded list, goroutines with WaitGroup, maps of words, interfaces, memoised recursion.

package p

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type List struct {
	head *Node
	mu   sync.Mutex
}

type Node struct {
	val  int
	next *Node
}

func (l *List) Push(v int) { // ERROR "leaking param: l$"
	l.mu.Lock()
	defer l.mu.Unlock()
	l.head = &Node{val: v, next: l.head} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

func (l *List) Each(f func(int)) { // ERROR "l does not escape$" "f does not escape$"
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List) Sum() int { // ERROR "l does not escape$"
	s := 0
	l.Each(func(v int) { s += v }) // ERROR "func literal does not escape$"
	return s
}

func run(wg *sync.WaitGroup, out chan<- int, n int) { // ERROR "leaking param: wg$" "out does not escape$"
	defer wg.Done()
	out <- n * n
}

func fan(n int) []int {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	out := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go run(&wg, out, i)
	}
	wg.Wait()
	close(out)
	var res []int
	for v := range out {
		res = append(res, v) // ERROR "append escapes to heap$"
	}
	sort.Ints(res)
	return res
}

func words(s string) map[string]int { // ERROR "leaking param: s$"
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	for _, w := range strings.Fields(s) {
		m[strings.ToLower(w)]++
	}
	return m
}

func report(m map[string]int) { // ERROR "m does not escape$"
	keys := make([]string, 0, len(m)) // ERROR "make\(\[\]string, 0, len\(m\)\) does not escape$"
	for k := range m {
		keys = append(keys, k) // ERROR "append does not escape$"
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, m[k]) // ERROR "\.\.\. argument does not escape$" "k escapes to heap$" "m\[k\] escapes to heap$"
	}
	fmt.Fprintln(os.Stderr, len(keys)) // ERROR "\.\.\. argument does not escape$" "len\(keys\) escapes to heap$"
}

type Shape interface {
	Area() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func total(shapes []Shape) float64 { // ERROR "leaking param content: shapes$"
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func shapes() float64 {
	return total([]Shape{Rect{1, 2}, &Rect{3, 4}}) // ERROR "\[\]Shape\{\.\.\.\} does not escape$" "Rect\{\.\.\.\} escapes to heap$" "&Rect\{\.\.\.\} escapes to heap$"
}

func memo() func(int) int {
	cache := map[int]int{} // ERROR "map\[int\]int\{\} escapes to heap$"
	var fib func(int) int // ERROR "moved to heap: fib$"
	fib = func(n int) int { // ERROR "func literal escapes to heap$"
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}
