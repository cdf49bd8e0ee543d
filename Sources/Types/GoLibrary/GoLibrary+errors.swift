// Package errors in Go: New, Is and Unwrap (following Unwrap() error and
// Unwrap() []error chains and Is methods), Join. (As is compiled inline: it
// needs the target's static type.)
extension GoLibrary {
    static let errors = #"""
package errors

type errorString struct {
	s string
}

func New(text string) error { return &errorString{text} }

func (e *errorString) Error() string { return e.s }

var ErrUnsupported = New("unsupported operation")

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target)
}

func is(err, target error) bool {
	for {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && is(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

type joinError struct {
	errs []error
}

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }

// tree lists err and, depth first, every error it wraps through Unwrap() error
// or Unwrap() []error: the order in which As (compiled inline) tries them.
func tree(err error) []error {
	var out []error
	var walk func(error)
	walk = func(e error) {
		for e != nil {
			out = append(out, e)
			switch x := e.(type) {
			case interface{ Unwrap() error }:
				e = x.Unwrap()
			case interface{ Unwrap() []error }:
				for _, c := range x.Unwrap() {
					walk(c)
				}
				return
			default:
				return
			}
		}
	}
	walk(err)
	return out
}
"""#
}
