// compile

package main

import "unsafe"

func noescape(p unsafe.Pointer) unsafe.Pointer

func now() (sec int64, nsec int32)

func main() {
}
