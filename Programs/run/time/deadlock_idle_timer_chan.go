// run

// Since Go 1.23 an active timer or ticker that nobody is receiving from does not keep
// the program alive: main blocked elsewhere is reported as a deadlock at once, not in an hour.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Hour)
	a := time.After(time.Hour)
	_, _, _ = t, tk, a
	fmt.Println("timer, ticker and After pending; blocking on another channel")
	never := make(chan int)
	<-never
}
