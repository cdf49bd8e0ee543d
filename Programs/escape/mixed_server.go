// errorcheck -0 -m -l

// a logger embedded by pointer, goroutines over closures with arguments, defer of builtins and prints, constant len of a captured array.

package p

import (
	"fmt"
	"sync"
)

type Logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *Logger) Logf(format string, args ...interface{}) { // ERROR "leaking param: l$" "format does not escape$" "leaking param content: args$"
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...)) // ERROR "append escapes to heap$"
}

type Server struct {
	*Logger
	name string
	hits map[string]int
}

func NewServer(name string) *Server { // ERROR "leaking param: name$"
	return &Server{Logger: &Logger{}, name: name, hits: make(map[string]int)} // ERROR "&Server\{\.\.\.\} escapes to heap$" "&Logger\{\} escapes to heap$" "make\(map\[string\]int\) escapes to heap$"
}

func (s *Server) Handle(path string) { // ERROR "leaking param content: s$" "leaking param: path$"
	s.hits[path]++
	s.Logf("%s %s", s.name, path) // ERROR "\.\.\. argument does not escape$" "s\.name escapes to heap$" "path escapes to heap$"
}

func run(s *Server, paths []string) { // ERROR "leaking param: s$" "leaking param content: paths$"
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for _, p := range paths {
		wg.Add(1)
		go func(path string) { // ERROR "leaking param: path$" "func literal escapes to heap$"
			defer wg.Done()
			s.Handle(path)
		}(p)
	}
	wg.Wait()
}

func results() (n int, err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	n = 1
	return
}

func deferArgs(p *int, s []int) { // ERROR "p does not escape$" "leaking param: s$"
	defer fmt.Println(*p, len(s), s) // ERROR "\*p escapes to heap$" "len\(s\) escapes to heap$" "s escapes to heap$" "\.\.\. argument does not escape$"
	defer println(p)
	defer close(make(chan int))
}

func goMethod(l *Logger) { // ERROR "leaking param: l$"
	go l.Logf("x %d", 1) // ERROR "1 escapes to heap$" "\.\.\. argument does not escape$"
}

type Op interface{ Apply(int) int }
type Double struct{}

func (Double) Apply(x int) int { return 2 * x }

func chain(ops []Op, x int) int { // ERROR "leaking param content: ops$"
	for _, op := range ops {
		x = op.Apply(x)
	}
	return x
}

func useChain() int {
	return chain([]Op{Double{}, Double{}}, 1) // ERROR "\[\]Op\{\.\.\.\} does not escape$" "Double\{\} escapes to heap$" "Double\{\} escapes to heap$"
}

func capturedParam(x int) func() int { // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}

func structCopy(s Server) string { // ERROR "leaking param: s to result ~r0 level=0$"
	t := s
	return t.name
}

func mapOfSlices() map[string][]string {
	m := map[string][]string{} // ERROR "map\[string\]\[\]string\{\} escapes to heap$"
	m["a"] = append(m["a"], "x") // ERROR "append escapes to heap$"
	return m
}

func bigClosure() func() int {
	var buf [200]byte
	return func() int { return len(buf) } // ERROR "func literal escapes to heap$"
}
