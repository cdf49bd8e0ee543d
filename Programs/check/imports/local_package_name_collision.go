// errorcheck

package main

import (
	"math/rand"
	crand "crypto/rand"
	rand2 "crypto/rand" // ERROR "\"crypto/rand\" imported as rand2 and not used"
)

func main() {
	_ = rand.Int()
	_, _ = crand.Read(nil)
}
