// errorcheck

package main

import "io"

type File struct {
	io.Reader
}

type RW interface {
	io.Reader
	io.Writer
}

func main() {
	var rw RW = File{} // ERROR "File does not implement RW \(missing method Write\)"
	_ = rw
}
