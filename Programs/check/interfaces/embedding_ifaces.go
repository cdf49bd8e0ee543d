// run

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type ReadCloser interface {
	io.Reader
	io.Closer
}

type rc struct {
	*strings.Reader
	closed bool
}

func (r *rc) Close() error {
	if r.closed {
		return errors.New("already closed")
	}
	r.closed = true
	return nil
}

func main() {
	var x ReadCloser = &rc{Reader: strings.NewReader("hello")}
	buf := make([]byte, 3)
	n, err := x.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	fmt.Println(x.Close(), x.Close())
	var r io.Reader = x
	_, ok := r.(io.Closer)
	fmt.Println(ok)
}
