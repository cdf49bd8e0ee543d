// run

package main

import (
	"fmt"
	"strings"
)

type Logger struct{ prefix string }

func (l *Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	*Logger
	fmt.Stringer
}

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

func main() {
	s := Service{&Logger{"> "}, name("svc")}
	fmt.Println(s.Log("start"))
	fmt.Println(s.String())
	var st fmt.Stringer = s
	fmt.Println(st)
	s.prefix = "# "
	fmt.Println(s.Log("changed"))
}
