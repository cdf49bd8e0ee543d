// run

// Large objects (beyond 64 MiB, so spanning more than one heap arena) that
// are referenced only through interior pointers — the address of their last
// element, a subslice near their end or in their middle — survive
// collections, and the pointers stored near the end of a large []*T are
// scanned.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	id   int
	name string
}

var (
	tail     *byte
	end      []byte
	mid      []byte
	ptrTail  []*Node
	lastNode **Node
)

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func bytesTail() {
	big := make([]byte, 64<<20+4096)
	for i := len(big) - 32; i < len(big); i++ {
		big[i] = byte(i & 0x7f)
	}
	tail = &big[len(big)-1]
	end = big[len(big)-16:]
}

func bytesMiddle() {
	big := make([]byte, 96<<20)
	for i := 0; i < 10; i++ {
		big[70<<20+i] = byte('a' + i)
	}
	mid = big[70<<20 : 70<<20+10]
}

var names = []string{"n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9"}

func pointersAtEnd() {
	nodes := make([]*Node, 1000)
	for i := range nodes {
		nodes[i] = &Node{id: i, name: names[i%10]}
	}
	ptrs := make([]*Node, 9<<20) // 72 MiB of pointer words
	copy(ptrs[len(ptrs)-1000:], nodes)
	ptrTail = ptrs[len(ptrs)-1000:]
	lastNode = &ptrs[len(ptrs)-1]
}

func summarize() (count, sum, n3 int, last *Node) {
	for _, n := range ptrTail {
		sum += n.id
		if n.name == "n3" {
			n3++
		}
	}
	return len(ptrTail), sum, n3, *lastNode
}

func main() {
	bytesTail()
	for i := 0; i < 3; i++ {
		churn(4)
		runtime.GC()
	}
	fmt.Println("tail:", *tail, end)

	bytesMiddle()
	runtime.GC()
	churn(4)
	runtime.GC()
	fmt.Println("middle:", string(mid), len(mid), cap(mid) == 26<<20)

	pointersAtEnd()
	runtime.GC()
	churn(4)
	runtime.GC()
	count, sum, n3, last := summarize()

	// drop them all: the memory is given back
	tail, end, mid, ptrTail, lastNode = nil, nil, nil, nil, nil
	runtime.GC()
	fmt.Println("pointer tail:", count, sum, n3, last.id, last.name)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("freed:", m.HeapAlloc < 32<<20)
}
