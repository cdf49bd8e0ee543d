// Many allocations of mixed sizes, with and without pointers: small
// structs, byte slices of varying length, pointer slices and strings; only
// a window of recent ones stays reachable.
package main

import (
	"fmt"
	"strconv"
)

type node struct {
	next  *node
	value int
	name  string
}

func main() {
	var window [64]*node
	var bufs [64][]byte
	checksum := 0
	for i := 0; i < 1_000_000; i++ {
		n := &node{value: i, name: strconv.Itoa(i % 1000)}
		n.next = window[(i+1)%64]
		window[i%64] = n
		b := make([]byte, 8+i%200)
		b[len(b)-1] = byte(i)
		bufs[i%64] = b
		if i%10 == 0 {
			ptrs := make([]*node, 1+i%50)
			ptrs[0] = n
			checksum += len(ptrs)
		}
		checksum += int(b[len(b)-1]) + len(n.name)
	}
	fmt.Println(checksum)
}
