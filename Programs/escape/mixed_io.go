// errorcheck -0 -m -l

// readers and closers through interfaces, defer of interface and pointer methods, three-index slices, maps of structs, labeled loops over integers.

package p

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type File struct{ name string }

func (f *File) Close() error { return nil } // ERROR "f does not escape$"
func (f *File) Read(p []byte) (int, error) { return 0, io.EOF } // ERROR "f does not escape$" "p does not escape$"

func openClose(name string) error { // ERROR "name does not escape$"
	f := &File{name: name} // ERROR "&File\{\.\.\.\} does not escape$"
	defer f.Close()
	var r io.Reader = f
	buf := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) does not escape$"
	_, err := r.Read(buf) // ERROR "devirtualizing r\.Read to \*File$"
	return err
}

func closer(c io.Closer) { // ERROR "leaking param: c$"
	defer c.Close()
}

func loopMod() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		i *= 2
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}

func threeIndex(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:2:3]
}

func arrays() [][2]int {
	var grid [3][2]int // ERROR "moved to heap: grid$"
	rows := grid[:]
	return rows
}

type Rec struct {
	Name string
	Tags []string
}

func recs(m map[string]Rec, k string) []string { // ERROR "m does not escape$" "leaking param: k$"
	r := m[k]
	r.Tags = append(r.Tags, "x") // ERROR "append escapes to heap$"
	m[k] = r
	return r.Tags
}

func readAll(r io.Reader) (string, error) { // ERROR "leaking param: r$"
	var sb strings.Builder
	buf := make([]byte, 512) // ERROR "make\(\[\]byte, 512\) escapes to heap$"
	for {
		n, err := r.Read(buf)
		sb.Write(buf[:n])
		if err == io.EOF {
			return sb.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}

func stderr(msg string) { // ERROR "leaking param: msg$"
	fmt.Fprintln(os.Stderr, "error:", msg) // ERROR "\.\.\. argument does not escape$" "\"error:\" escapes to heap$" "msg escapes to heap$"
}

func sendFunc(c chan func()) { // ERROR "c does not escape$"
	v := 0 // ERROR "moved to heap: v$"
	c <- func() { v++ } // ERROR "func literal escapes to heap$"
}

func countRange(n int) int {
	c := 0
outer:
	for i := range n {
		for j := range i {
			if j > 3 {
				continue outer
			}
			c++
		}
	}
	return c
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r) // ERROR "make\(Matrix, r\) escapes to heap$"
	for i := range m {
		m[i] = make([]float64, c) // ERROR "make\(\[\]float64, c\) escapes to heap$"
	}
	return m
}

func (m Matrix) At(i, j int) float64 { return m[i][j] } // ERROR "m does not escape$"

func useMatrix() float64 {
	m := NewMatrix(2, 2)
	return m.At(1, 1)
}
