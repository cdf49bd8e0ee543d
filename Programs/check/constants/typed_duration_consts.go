// run

package main

import (
	"fmt"
	"time"
)

type Level uint8

const (
	Low Level = iota + 1
	Mid
	High = Mid * 2
)

const timeout = 3 * time.Second
const half = timeout / 2

func main() {
	fmt.Println(timeout, half, time.Duration(2.5*float64(time.Second)))
	fmt.Printf("%T %v %T\n", High, High, timeout)
	var n = 4
	fmt.Println(time.Duration(n) * time.Millisecond)
	fmt.Println(Low|High, Level(254)+Low)
}
