// run

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("/nonexistent/file.txt")
	fmt.Println(err, errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	name := "/tmp/gosub-os-test.txt"
	if err := os.WriteFile(name, []byte("line one\nline two\n"), 0644); err != nil {
		fmt.Println("write:", err)
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, _ := os.Open(name)
	b := make([]byte, 4)
	n, err := f.Read(b)
	fmt.Println(n, err, string(b[:n]), f.Name())
	rest, _ := io.ReadAll(f)
	fmt.Printf("%q\n", rest)
	fmt.Println(f.Close(), f.Close() != nil)
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "to stdout via io.Writer %d\n", 7)
	os.Stdout.WriteString("direct write\n")
	fmt.Println(os.Getenv("GOSUB_SURELY_UNSET") == "")
	_, ok := os.LookupEnv("PATH")
	fmt.Println(ok)
	os.Remove(name)
}
