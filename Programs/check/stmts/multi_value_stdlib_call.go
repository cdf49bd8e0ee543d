// errorcheck

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("x", strings.Cut("k=v", "=")) // ERROR "multiple-value strings\.Cut\(\"k=v\", \"=\"\) \(value of type \(before string, after string, found bool\)\) in single-value context"
}
