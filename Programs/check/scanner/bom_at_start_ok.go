// run

package main

import "fmt"

func main() {
	fmt.Println("a leading BOM is ignored")
}
