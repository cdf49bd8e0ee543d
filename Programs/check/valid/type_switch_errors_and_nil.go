// run

package main

import (
	"fmt"
	"io"
	"os"
)

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *os.PathError:
		return "path error on " + e.Path
	case interface{ Timeout() bool }:
		return "timeout-capable"
	default:
		if err == io.EOF {
			return "EOF"
		}
		return "other: " + e.Error()
	}
}

func main() {
	fmt.Println(kind(nil))
	fmt.Println(kind(io.EOF))
	fmt.Println(kind(&os.PathError{Op: "open", Path: "/x", Err: os.ErrNotExist}))
	fmt.Println(kind(fmt.Errorf("wrapped")))
}
