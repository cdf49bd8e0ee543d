// Package fmt in Go: only the step of Fprint, Fprintln and Fprintf into a
// writer that is not os.Stdout or os.Stderr (those the compiler sends
// straight to natives): the text, formatted natively, is written with one
// Write call, as fmt does.
extension GoLibrary {
    static let fmt = #"""
package fmt

import "io"

func writeString(w io.Writer, s string) (n int, err error) {
	return w.Write([]byte(s))
}
"""#
}
