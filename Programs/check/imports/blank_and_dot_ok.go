// run

package main

import (
	"fmt"
	. "strings"
	_ "unicode"
	str "strconv"
)

func main() {
	fmt.Println(ToUpper("dot"), str.Itoa(42))
}
