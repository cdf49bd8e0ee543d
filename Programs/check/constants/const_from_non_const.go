// errorcheck

package main

import "math"

var v = 3

func f() int { return 1 }

const a = v // ERROR "v \(variable of type int\) is not constant"
const b = f() // ERROR "f\(\) \(value of type int\) is not constant"
const c = len([]int{1, 2}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
const d = len([2]int{})
const e = math.Sqrt(4) // ERROR "math\.Sqrt\(4\) \(value of type float64\) is not constant"
const g = math.Pi * 2

func main() {
}
