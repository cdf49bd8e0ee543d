// run

// time.Parse's error, and the zone it names, keep their own copy of the
// text; so does strconv's NumError (Go's tags say the argument does not
// escape, so the caller's string may be in its frame).
package main

import (
	"fmt"
	"strconv"
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

func zone(b []byte) *time.Location {
	t, err := time.Parse("2006-01-02 MST", string(b))
	if err != nil {
		return nil
	}
	return t.Location()
}

func number(b []byte) error {
	_, err := strconv.ParseFloat(string(b), 64)
	return err
}

func main() {
	err := parse([]byte("2024-13-45"))
	clobber(3)
	fmt.Println(err)
	loc := zone([]byte("2024-01-02 XYZ"))
	clobber(4)
	fmt.Println(loc)
	err = number([]byte("12.5.7"))
	clobber(5)
	fmt.Println(err)
}
