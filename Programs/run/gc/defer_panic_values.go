// run

// Objects referenced only by deferred calls' arguments, deferred closures
// and in-flight panic values survive collections run before the deferred
// calls execute and while the panic is being recovered.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type Payload struct {
	id    int
	words []string
	inner *Payload
}

func (p *Payload) String() string {
	s := strconv.Itoa(p.id) + "[" + strings.Join(p.words, ",") + "]"
	if p.inner != nil {
		s += "->" + p.inner.String()
	}
	return s
}

type MyErr struct {
	code int
	ctx  *Payload
}

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.code) + " " + e.ctx.String() }

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func mk(id int) *Payload {
	return &Payload{id: id, words: []string{"w" + strconv.Itoa(id), strings.Repeat("q", id%4)}, inner: &Payload{id: id * 10, words: []string{"in"}}}
}

func show(tag string, p *Payload) {
	fmt.Println(tag, p.String())
}

func deferredArgs() {
	// the payloads are referenced only by the deferred calls' argument records
	for i := 1; i <= 3; i++ {
		defer show("defer arg "+strconv.Itoa(i)+":", mk(i))
	}
	defer func(ps []*Payload, m map[string]*Payload) {
		fmt.Println("defer slice/map:", ps[0].String(), ps[1].String(), m["k"].String())
	}([]*Payload{mk(4), mk(5)}, map[string]*Payload{"k": mk(6)})
	churn(8)
	runtime.GC()
	runtime.GC()
}

func deferredClosure() (result string) {
	p := mk(7)
	defer func() {
		runtime.GC()
		result = "closure saw " + p.String()
	}()
	p2 := p
	p = nil
	p = p2 // p is captured by reference; it still points to the payload at return
	p2 = nil
	churn(6)
	runtime.GC()
	return "unset"
}

func panicPointer() (out string) {
	defer func() {
		churn(6)
		runtime.GC() // the panic value is referenced only by the panic record
		runtime.GC()
		r := recover()
		p := r.(*Payload)
		churn(2)
		runtime.GC()
		out = "recovered pointer " + p.String()
	}()
	panic(mk(8))
}

func panicError() (err error) {
	defer func() {
		runtime.GC()
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(&MyErr{code: 42, ctx: mk(9)})
}

func panicString(n int) (s string) {
	defer func() {
		runtime.GC()
		s = recover().(string)
	}()
	parts := make([]string, n)
	for i := range parts {
		parts[i] = "p" + strconv.Itoa(i)
	}
	panic(strings.Join(parts, "+"))
}

func nestedPanics() (msg string) {
	defer func() {
		churn(4)
		runtime.GC()
		r := recover()
		msg = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		runtime.GC()
		// replaces the first panic while it is running; both values stay valid
		panic(fmt.Sprintf("second panic (first was %v)", mk(11)))
	}()
	panic(mk(10))
}

func deepDefers(depth int, acc *[]string) {
	if depth == 0 {
		churn(4)
		runtime.GC()
		return
	}
	p := mk(depth)
	defer func() { *acc = append(*acc, p.words[0]+p.inner.words[0]) }()
	deepDefers(depth-1, acc)
}

func main() {
	deferredArgs()
	fmt.Println(deferredClosure())
	fmt.Println(panicPointer())
	err := panicError()
	var me *MyErr
	fmt.Println("error panic:", err, errors.As(err, &me), me.code)
	s := panicString(30)
	fmt.Println("string panic:", len(s), s[:20], s[len(s)-10:])
	fmt.Println(nestedPanics())
	var acc []string
	deepDefers(50, &acc)
	runtime.GC()
	fmt.Println("deep defers:", len(acc), acc[0], acc[49], strings.Join(acc[20:23], " "))
}
