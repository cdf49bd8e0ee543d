// errorcheck -0 -m -l

// a recursive function analysed alone.

package p

type Node struct {
	next *Node
	val  int
}

func sum(n *Node) int { // ERROR "n does not escape$"
	if n == nil {
		return 0
	}
	return n.val + sum(n.next)
}

func last(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=0$"
	if n.next == nil {
		return n
	}
	return last(n.next)
}
