// Package log in Go: Loggers writing one line per call to an io.Writer,
// with Go's header — the prefix (or, with Lmsgprefix, after the header),
// then date "2009/01/23 ", time "01:23:23" with ".123123" for
// Lmicroseconds, "file.go:23: " (Lshortfile) or the full path (Llongfile),
// in UTC with LUTC — and a newline added when the message lacks one. Fatal*
// exit with status 1 after writing; Panic* panic with the message. The
// standard logger writes to os.Stderr with LstdFlags.
extension GoLibrary {
    static let log = #"""
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

var std = New(os.Stderr, "", LstdFlags)

func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{out: out}
	l.SetPrefix(prefix)
	l.SetFlags(flag)
	return l
}

func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.out = w
	l.isDiscard.Store(w == io.Discard)
}

func (l *Logger) Writer() io.Writer {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.out
}

func (l *Logger) Flags() int { return int(l.flag.Load()) }

func (l *Logger) SetFlags(flag int) { l.flag.Store(int32(flag)) }

func (l *Logger) Prefix() string {
	if p := l.prefix.Load(); p != nil {
		return *p
	}
	return ""
}

func (l *Logger) SetPrefix(prefix string) { l.prefix.Store(&prefix) }

// header appends the line's header for time t and the caller's file and line.
func header(b []byte, prefix string, flag int, t time.Time, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		b = append(b, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			b = appendPadded(b, year, 4)
			b = append(b, '/')
			b = appendPadded(b, int(month), 2)
			b = append(b, '/')
			b = appendPadded(b, day, 2)
			b = append(b, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			b = appendPadded(b, hour, 2)
			b = append(b, ':')
			b = appendPadded(b, min, 2)
			b = append(b, ':')
			b = appendPadded(b, sec, 2)
			if flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = appendPadded(b, t.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		b = append(b, file...)
		b = append(b, ':')
		b = appendPadded(b, line, 0)
		b = append(b, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		b = append(b, prefix...)
	}
	return b
}

func appendPadded(b []byte, x int, width int) []byte {
	var digits [20]byte
	i := len(digits)
	for x >= 10 || width > 1 {
		width--
		i--
		digits[i] = byte('0' + x%10)
		x /= 10
	}
	i--
	digits[i] = byte('0' + x)
	return append(b, digits[i:]...)
}

// output writes one line; depth counts frames up from output to the caller to report.
func (l *Logger) output(depth int, s string) error {
	now := time.Now()
	flag := l.Flags()
	if l.isDiscard.Load() {
		return nil
	}
	file, line := "???", 0
	if flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		if _, file, line, ok = runtime.Caller(depth); !ok {
			file, line = "???", 0
		}
	}
	b := header(nil, l.Prefix(), flag, now, file, line)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	l.outMu.Lock()
	defer l.outMu.Unlock()
	_, err := l.out.Write(b)
	return err
}

func (l *Logger) Output(calldepth int, s string) error { return l.output(calldepth+1, s) }

func (l *Logger) Print(v ...any)                 { l.output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.output(2, s)
	panic(s)
}

func SetOutput(w io.Writer)       { std.SetOutput(w) }
func Flags() int                  { return std.Flags() }
func SetFlags(flag int)           { std.SetFlags(flag) }
func Prefix() string              { return std.Prefix() }
func SetPrefix(prefix string)     { std.SetPrefix(prefix) }
func Writer() io.Writer           { return std.Writer() }
func Print(v ...any)              { std.output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)            { std.output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.output(2, s)
	panic(s)
}

func Output(calldepth int, s string) error { return std.output(calldepth+1, s) }
"""#
}
