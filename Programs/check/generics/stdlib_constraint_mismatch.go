// errorcheck

package main

import "slices"

func main() {
	for v := range slices.Values(slices.Backward([]int{1, 2, 3})) { // ERROR "in call to slices\.Values, Slice \(type iter\.Seq2\[int, int\]\) does not satisfy ~\[\]E"
		_ = v
	}
}
