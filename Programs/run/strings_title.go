// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Title("hello wide-world_x 3d ǆemal ñandu"))
}
