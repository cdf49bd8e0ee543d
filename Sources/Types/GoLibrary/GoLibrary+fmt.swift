// Package fmt in Go: the step of Fprint, Fprintln and Fprintf into a writer
// that is not os.Stdout or os.Stderr (those the compiler sends straight to
// natives): the text, formatted natively, is written with one Write call,
// as fmt does; and Errorf's error for several %w verbs.
extension GoLibrary {
    static let fmt = #"""
package fmt

import "io"

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
