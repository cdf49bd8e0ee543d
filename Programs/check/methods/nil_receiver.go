// run

package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

func (l *List) Push(v int) *List { return &List{v, l} }

func main() {
	var l *List
	fmt.Println(l.Sum())
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Sum())
}
