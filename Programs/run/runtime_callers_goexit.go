// run

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

func base(p string) string { return p[strings.LastIndex(p, "/")+1:] }

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(base(file), ":", line, " ", ok)
}

func inner() {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(f.Function, base(f.File), f.Line)
		if !more || f.Function == "main.main" {
			break
		}
	}
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
}

func main() {
	fmt.Println(where())
	inner()
	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"), strings.Contains(s, "main.main"))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred runs")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println(debug.SetMaxThreads(20))
	go func() {
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		runtime.Goexit()
	}()
	runtime.Gosched()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
