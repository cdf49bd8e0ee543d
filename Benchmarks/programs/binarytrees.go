// Allocation: binary trees built and walked (the benchmarks game's binary-trees).
package main

import "fmt"

type Node struct{ left, right *Node }

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const maxDepth = 14
	long := bottomUp(maxDepth)
	total := 0
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		sum := 0
		for i := 0; i < iters; i++ {
			sum += bottomUp(d).check()
		}
		fmt.Println(iters, d, sum)
		total += sum
	}
	fmt.Println(long.check(), total)
}
