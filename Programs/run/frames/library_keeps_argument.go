// run

// time.Parse's error keeps its own copy of the text (Go's tags say the
// argument does not escape).
package main

import (
	"fmt"
	"time"
)

func parse(b []byte) error {
	_, err := time.Parse("2006-01-02", string(b)) // value does not escape (gc's tag): 32-byte frame buffer
	return err
}

//go:noinline
func clobber(n int) int {
	var a [32]int
	for i := range a {
		a[i] = 0x4141414141414141 + n
	}
	return a[n]
}

func main() {
	err := parse([]byte("2024-13-45"))
	clobber(3)
	fmt.Println(err)
}
