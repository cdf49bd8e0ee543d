// run

// A pending AfterFunc keeps the program alive until it has run; once it has run and
// nothing else can happen, the blocked main is reported as a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(40*time.Millisecond, func() { fmt.Println("afterfunc ran") })
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	fmt.Println("main blocks")
	never := make(chan int)
	<-never
}
