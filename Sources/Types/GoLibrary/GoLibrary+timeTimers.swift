// Package time's timers in Go, over the machine's runtime timers
// (VM/Timers.swift): a Timer or Ticker is known to the runtime by its
// address. NewTimer, After, NewTicker and Tick make a channel the runtime
// sends the current Time on; AfterFunc's runtime timer starts a goroutine
// running f. Stop and Reset follow Go 1.23: they drain the channel, so no
// stale value is received after them, and a timer that fired into a value
// nobody received still counts as pending.
extension GoLibrary {
    static let timeTimers = #"""

// The runtime's side (natives).
func runtimeNano() int64
func now() (wall uint64, ext int64)
func startTimer(key unsafe.Pointer, d, period int64, c chan Time, f func(), loc *Location)
func stopTimer(key unsafe.Pointer, c <-chan Time) bool
func resetTimer(key unsafe.Pointer, d, period int64, c <-chan Time, loc *Location) bool

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, initTimer: true}
	startTimer(unsafe.Pointer(t), int64(d), 0, c, nil, Local)
	return t
}

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{initTimer: true}
	startTimer(unsafe.Pointer(t), int64(d), 0, nil, f, nil)
	return t
}

func (t *Timer) Stop() bool {
	if !t.initTimer {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(unsafe.Pointer(t), t.C)
}

func (t *Timer) Reset(d Duration) bool {
	if !t.initTimer {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(unsafe.Pointer(t), int64(d), 0, t.C, Local)
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, initTicker: true}
	startTimer(unsafe.Pointer(t), int64(d), int64(d), c, nil, Local)
	return t
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func (t *Ticker) Stop() {
	if !t.initTicker {
		// a zero Ticker: Go ignores the misuse
		return
	}
	stopTimer(unsafe.Pointer(t), t.C)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.initTicker {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(unsafe.Pointer(t), int64(d), int64(d), t.C, Local)
}
"""#
}
