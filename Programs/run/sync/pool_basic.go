// run

// sync.Pool in one goroutine: Get calls New when empty, Put then Get returns the value, nil Puts ignored.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Buf struct {
	id   int
	data []byte
}

func main() {
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return &Buf{id: made}
	}}

	a := p.Get().(*Buf)
	b := p.Get().(*Buf)
	fmt.Println("fresh:", a.id, b.id, "made", made)

	a.data = append(a.data, "hello"...)
	p.Put(a)
	c := p.Get().(*Buf)
	fmt.Println("after Put(a), Get returns a:", c == a, string(c.data), "made", made)

	d := p.Get().(*Buf)
	fmt.Println("pool empty again, New called:", d.id, "made", made)

	// no New: Get on an empty pool is nil
	var q sync.Pool
	fmt.Println("empty pool without New:", q.Get())
	q.Put(nil)
	fmt.Println("after Put(nil):", q.Get())
	q.Put("x")
	fmt.Println("after Put(\"x\"):", q.Get())
	fmt.Println("then:", q.Get())

	// Put(nil) into a pool with New: Get still calls New
	before := made
	p.Put(nil)
	e := p.Get().(*Buf)
	fmt.Println("Put(nil) ignored, New called:", made == before+1, e.id)

	// the usual buffer-reuse idiom
	bp := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	format := func(name string, n int) string {
		buf := bp.Get().(*bytes.Buffer)
		defer bp.Put(buf)
		buf.Reset()
		fmt.Fprintf(buf, "%s=%d", name, n)
		return buf.String()
	}
	for i, name := range []string{"a", "bb", "ccc"} {
		fmt.Println(format(name, i))
	}

	// values of any type
	var anyPool sync.Pool
	anyPool.Put(42)
	v := anyPool.Get()
	fmt.Printf("%v %T\n", v, v)
	anyPool.Put([]string{"s"})
	fmt.Println(anyPool.Get().([]string)[0])
}
