// errorcheck

package main

import "strconv"

func main() {
	n, err := strconv.Atoi("1")
	if err == nil {
		n, err := strconv.Atoi("2") // ERROR "declared and not used: err"
		_ = n
	}
	_ = n
}
