// errorcheck

package main

import (
	"math/rand"
	rnd "math/rand"
	bits2 "math/bits" // ERROR "\"math/bits\" imported as bits2 and not used"
)

func main() {
	_ = rand.Int()
	_ = rnd.Intn(3)
}
