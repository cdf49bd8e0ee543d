// run

// Binary trees built, dropped and rebuilt while a long-lived tree must keep
// its checksum across many automatic and forced collections.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	left, right *Node
	val         int
}

func build(depth, val int) *Node {
	if depth == 0 {
		return &Node{val: val}
	}
	return &Node{left: build(depth-1, 2*val), right: build(depth-1, 2*val+1), val: val}
}

func (n *Node) check() int {
	if n.left == nil {
		return n.val
	}
	return n.val + n.left.check() - n.right.check()
}

func (n *Node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.count() + n.right.count()
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func main() {
	longLived := build(9, 1)
	fmt.Println("long-lived:", longLived.count(), longLived.sum(), longLived.check())

	total := 0
	for round := 0; round < 4; round++ {
		// short-lived trees of several depths, dropped at once
		for d := 2; d <= 8; d += 2 {
			iters := 1 << (8 - d)
			chk := 0
			for i := 0; i < iters; i++ {
				t := build(d, i)
				chk += t.check()
			}
			total += chk
		}
		// big garbage to trigger automatic collections
		for i := 0; i < 8; i++ {
			b := make([]byte, 1<<20)
			b[i] = byte(round)
			total += int(b[i])
		}
		runtime.GC()
		fmt.Println("round", round, "long-lived:", longLived.count(), longLived.sum(), longLived.check())
	}
	fmt.Println("short-lived checks:", total)

	// drop the long-lived tree and rebuild it: same shape, same values
	longLived = nil
	runtime.GC()
	again := build(9, 1)
	runtime.GC()
	fmt.Println("rebuilt:", again.count(), again.sum(), again.check())

	// a tree whose leaves are replaced between collections
	var leaves []*Node
	var walk func(n *Node)
	walk = func(n *Node) {
		if n.left == nil {
			leaves = append(leaves, n)
			return
		}
		walk(n.left)
		walk(n.right)
	}
	walk(again)
	for gen := 0; gen < 3; gen++ {
		for i, l := range leaves {
			l.left = &Node{val: gen*10000 + i}
			l.right = &Node{val: -i}
		}
		runtime.GC()
	}
	fmt.Println("regrown:", again.count(), again.sum(), again.check())
}
