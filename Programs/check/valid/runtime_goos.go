// run

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOOS != "", runtime.GOARCH != "")
	runtime.Gosched()
	runtime.GC()
	fmt.Println("ok")
}
