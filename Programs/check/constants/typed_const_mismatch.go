// errorcheck

package main

const a int32 = 1
const b int64 = 2

const c = a + b // ERROR "invalid operation: a \+ b \(mismatched types int32 and int64\)"

func main() {
}
