// run

package main

import "fmt"

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

type Base struct{ n string }

func (b Base) Name() string      { return b.n }
func (b *Base) Rename(s string) { b.n = s }

type Mid struct{ Base }
type Top struct{ *Mid }

func describe(v any) string {
	_, n := v.(Namer)
	_, r := v.(Renamer)
	return fmt.Sprintf("%T namer=%v renamer=%v", v, n, r)
}

func main() {
	fmt.Println(describe(Base{}))
	fmt.Println(describe(&Base{}))
	fmt.Println(describe(Mid{}))
	fmt.Println(describe(&Mid{}))
	fmt.Println(describe(Top{&Mid{}}))
	t := Top{&Mid{Base{"orig"}}}
	var r Renamer = t
	r.Rename("changed")
	fmt.Println(t.Name(), t.Mid.Base.n)
}
