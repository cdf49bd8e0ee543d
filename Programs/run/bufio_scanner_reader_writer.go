// run

// bufio.Scanner over an *os.File, ScanWords, Reader.ReadString, a Writer
// over os.Stdout flushed after unbuffered output, ErrTooLong.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	name := "/tmp/gosub-bufio-input.txt"
	os.WriteFile(name, []byte("hello world\nsecond line here\n\nlast"), 0644)
	defer os.Remove(name)
	in, err := os.Open(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer in.Close()
	sc := bufio.NewScanner(in)
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
		fmt.Printf("%d: %q\n", lines, sc.Text())
	}
	fmt.Println(lines, words, sc.Err())
	ws := bufio.NewScanner(strings.NewReader("alpha beta\tgamma\n  delta  "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	fmt.Println("unbuffered first")
	w.Flush()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err())
}
