// Package fmt in Go: the step of Fprint, Fprintln and Fprintf into a writer
// that is not os.Stdout or os.Stderr (those the compiler sends straight to
// natives): the text, formatted natively, is written with one Write call,
// as fmt does; and Errorf's error for several %w verbs.
extension GoLibrary {
    static let fmt = #"""
package fmt

import (
	"io"
	"unsafe"
)

// formatMethod is how fmt calls an operand's Error or String method, or its
// GoString method for %#v (print.go's handleMethods): a panic inside the
// method becomes fmt's text for it, or <nil> for a nil pointer receiver
// (catchPanic). ok reports whether the operand had the method.
func formatMethod(v any, goSyntax bool) (s string, ok bool) {
	method := ""
	defer func() {
		if r := recover(); r != nil {
			ok = true
			if (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1] == nil {
				s = "<nil>"
				return
			}
			s = "%!v(PANIC=" + method + " method: " + Sprint(r) + ")"
		}
	}()
	if goSyntax {
		if g, is := v.(GoStringer); is {
			method = "GoString"
			return g.GoString(), true
		}
		return "", false
	}
	switch x := v.(type) {
	case error:
		method = "Error"
		return x.Error(), true
	case Stringer:
		method = "String"
		return x.String(), true
	}
	return "", false
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
