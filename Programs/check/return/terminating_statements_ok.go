// run

package main

import (
	"fmt"
	"os"
)

func forever(n int) int {
	for {
		if n > 10 {
			return n
		}
		n *= 2
	}
}

func sw(x int) string {
	switch {
	case x < 0:
		return "neg"
	default:
		return "nonneg"
	}
}

func pan() int {
	panic("never")
}

func gt(x int) int {
L:
	if x < 5 {
		x++
		goto L
	}
	return x
}

func ifelse(b bool) int {
	if b {
		return 1
	} else {
		return 2
	}
}

func sel(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}

func exits() int {
	os.Exit(0)
	return 0
}

func main() {
	c := make(chan int, 1)
	c <- 9
	fmt.Println(forever(3), sw(-1), sw(2), gt(1), ifelse(false), sel(c))
	defer func() { fmt.Println(recover()) }()
	pan()
}
