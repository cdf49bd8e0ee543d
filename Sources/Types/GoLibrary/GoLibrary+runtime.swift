// Packages runtime and runtime/debug in Go, for the call-stack functions:
// Caller, Callers, CallersFrames, FuncForPC and Stack over three natives
// (VM/Frames.swift: callers fills program counters, pcInfo names one,
// stack formats tracebacks), debug.Stack and debug.PrintStack, ReadGCStats, and
// SetMaxThreads (gosub runs goroutines on one thread, so the limit is
// never reached). A *Func points at a funcData holding its entry.
extension GoLibrary {
    static let runtime = #"""
package runtime

import "unsafe"

func callers(skip int, pc []uintptr) int
func pcInfo(pc uintptr) (function string, file string, line int, entry uintptr)
func stack(buf []byte, all bool) int

func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if callers(skip+1, pcs[:]) == 0 {
		return 0, "", 0, false
	}
	_, file, line, _ = pcInfo(pcs[0])
	return pcs[0], file, line, true
}

func Callers(skip int, pc []uintptr) int {
	return callers(skip, pc)
}

func Stack(buf []byte, all bool) int {
	return stack(buf, all)
}

func KeepAlive(x any) {}

// Version: the Go release whose language and library gosub follows.
func Version() string { return "go1.27" }

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	pc := ci.callers[0]
	ci.callers = ci.callers[1:]
	function, file, line, entry := pcInfo(pc)
	frame = Frame{PC: pc, Func: FuncForPC(pc), Function: function, File: file, Line: line, Entry: entry}
	return frame, len(ci.callers) > 0
}

type funcData struct {
	entry uintptr
}

func FuncForPC(pc uintptr) *Func {
	_, _, _, entry := pcInfo(pc)
	if entry == 0 {
		return nil
	}
	return (*Func)(unsafe.Pointer(&funcData{entry: entry}))
}

func (f *Func) data() *funcData { return (*funcData)(unsafe.Pointer(f)) }

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	name, _, _, _ := pcInfo(f.data().entry)
	return name
}

func (f *Func) Entry() uintptr { return f.data().entry }

func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = pcInfo(pc)
	return file, line
}
"""#

    static let runtimeDebug = #"""
package debug

import (
	"os"
	"runtime"
	"slices"
	"time"
)

// ReadGCStats reads the collector's history from runtime.MemStats: pauses
// and their end times most recent first (at most 256), and, when the
// caller's PauseQuantiles has room, the minimum, the evenly spaced
// quantiles and the maximum of those pauses.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i) % len(m.PauseNs)
		stats.Pause = append(stats.Pause, time.Duration(m.PauseNs[j]))
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(m.PauseEnd[j])))
	}
	stats.LastGC = time.Unix(0, int64(m.LastGC))
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			clear(stats.PauseQuantiles)
		} else {
			sorted := slices.Clone(stats.Pause)
			slices.Sort(sorted)
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}

func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

func PrintStack() {
	os.Stderr.Write(Stack())
}

var maxThreads = 10000

func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}
"""#
}
