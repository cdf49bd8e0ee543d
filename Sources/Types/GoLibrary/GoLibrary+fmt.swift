// Package fmt in Go: the step of Fprint, Fprintln and Fprintf into a writer
// that is not os.Stdout or os.Stderr (those the compiler sends straight to
// natives): the text, formatted natively, is written with one Write call,
// as fmt does; Errorf's error for several %w verbs; and formatMethod, through
// which the compiled fmt calls call Format, GoString, Error and String
// methods (with the fmt.State a Formatter writes to).
extension GoLibrary {
    static let fmt = #"""
package fmt

import (
	"io"
	"unsafe"
)

// formatMethod is how fmt calls the method of an operand that formats it
// (print.go's handleMethods): Format for any verb (mode 4), GoString for %#v
// (mode 1), Error or String (mode 2). kind is 0 when the operand has none of
// them, 1 for a method's string (printed under the verb), 2 for what Format
// wrote (printed as it is). A panic inside the method becomes fmt's text for
// it, or <nil> for a nil pointer receiver (catchPanic).
func formatMethod(v any, mode int, verb rune, flags string, wid, prec int) (s string, kind int) {
	method := ""
	defer func() {
		if r := recover(); r != nil {
			kind = 1
			if (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1] == nil {
				s = "<nil>"
				return
			}
			if method == "Format" {
				kind = 2
				s = "%!" + string(verb) + "(PANIC=Format method: " + Sprint(r) + ")"
				return
			}
			s = "%!v(PANIC=" + method + " method: " + Sprint(r) + ")"
		}
	}()
	if mode&4 != 0 {
		if f, is := v.(Formatter); is {
			method = "Format"
			st := &formatState{flags: flags, wid: wid, prec: prec}
			f.Format(st, verb)
			return string(st.buf), 2
		}
	}
	if mode&1 != 0 {
		if g, is := v.(GoStringer); is {
			method = "GoString"
			return g.GoString(), 1
		}
	}
	if mode&2 != 0 {
		switch x := v.(type) {
		case error:
			method = "Error"
			return x.Error(), 1
		case Stringer:
			method = "String"
			return x.String(), 1
		}
	}
	return "", 0
}

// formatState is the fmt.State a Format method writes to.
type formatState struct {
	buf       []byte
	flags     string
	wid, prec int
}

func (s *formatState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *formatState) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *formatState) Width() (int, bool) {
	if s.wid < 0 {
		return 0, false
	}
	return s.wid, true
}

func (s *formatState) Precision() (int, bool) {
	if s.prec < 0 {
		return 0, false
	}
	return s.prec, true
}

func (s *formatState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

func writeString(w io.Writer, s string) (n int, err error) {
	return w.Write([]byte(s))
}

// wrapErrors is Errorf's error for several %w verbs.
type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// newWrapErrors keeps the operands of the %w verbs that are errors.
func newWrapErrors(msg string, operands []any) error {
	var errs []error
	for _, o := range operands {
		if e, ok := o.(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg, errs}
}
"""#
}
