// run

package main

import "fmt"

var unusedGlobal = 1

const unusedConst = 2

func unusedFunc(unusedParam int) (unusedResult int) { return }

type unusedType struct{ unusedField int }

func main() {
	var _ = 3
	_ = 4
	for range 2 {
	}
	fmt.Println("package-level declarations, params and results may be unused")
}
