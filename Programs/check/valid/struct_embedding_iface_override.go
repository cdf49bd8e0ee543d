// run

package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(string) }

type Console struct{ lines []string }

func (c *Console) Write(s string) { c.lines = append(c.lines, s) }

type Upper struct{ Writer }

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type Counting struct {
	Writer
	n int
}

func (c *Counting) Write(s string) {
	c.n++
	c.Writer.Write(s)
}

func main() {
	con := &Console{}
	var w Writer = &Counting{Writer: Upper{con}}
	w.Write("hello")
	w.Write("world")
	fmt.Println(con.lines, w.(*Counting).n)
}
