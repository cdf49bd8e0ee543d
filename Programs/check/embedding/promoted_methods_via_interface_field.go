// run

package main

import (
	"fmt"
	"strings"
)

type Logger interface{ Log(string) }

type prefixLogger struct {
	prefix string
	out    *strings.Builder
}

func (p prefixLogger) Log(s string) { p.out.WriteString(p.prefix + s + "\n") }

type Service struct {
	Logger
	name string
}

func (s Service) Run() { s.Log("running " + s.name) }

type Loud struct{ Logger }

func (l Loud) Log(s string) { l.Logger.Log(strings.ToUpper(s)) }

func main() {
	var sb strings.Builder
	s := Service{prefixLogger{"> ", &sb}, "svc"}
	s.Run()
	s.Logger = Loud{prefixLogger{"! ", &sb}}
	s.Run()
	var l Logger = s
	l.Log("direct")
	fmt.Print(sb.String())
}
