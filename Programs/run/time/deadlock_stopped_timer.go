// run

// Waiting on the channel of a stopped timer is a deadlock: the timer will never send.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("waiting on a stopped timer")
	<-t.C
	fmt.Println("unreachable")
}
