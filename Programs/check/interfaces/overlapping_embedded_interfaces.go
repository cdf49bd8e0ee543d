// run

package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadCloser interface {
	io.Reader
	io.Closer
}

type ReadWriteCloser interface {
	ReadCloser
	io.ReadWriter
	io.Closer
}

type rwc struct {
	strings.Builder
	closed bool
}

func (r *rwc) Read(p []byte) (int, error) { return 0, io.EOF }
func (r *rwc) Close() error              { r.closed = true; return nil }

func main() {
	x := &rwc{}
	var v ReadWriteCloser = x
	fmt.Fprintf(v, "hello %d", 5)
	v.Close()
	var rc ReadCloser = v
	_, err := rc.Read(nil)
	fmt.Println(x.String(), x.closed, err)
}
