// errorcheck

package main

const (
	a, b = iota, iota * 10
	c    // ERROR "extra init expr at \./missing_init_count\.go:6:20"
)

func main() {
}
