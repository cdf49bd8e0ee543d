// run

package main

import "fmt"

const N = 4

type Board [N][N * 2]byte

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

var buf [KB / 256]int

func main() {
	var b Board
	fmt.Println(len(b), len(b[0]), len(buf), MB/KB)
	var arr [len("abc") + 1]bool
	fmt.Println(len(arr))
	const s = len([N]int{})
	fmt.Println(s * 10)
}
