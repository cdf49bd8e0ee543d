// Crasher: arithmetic overflow trap in the checker.
// Checker.indexedElements (Sources/Types/Index.swift:375) does `index += 1`
// after the element at index math.MaxInt64; Swift traps on the overflow.
// gc wraps silently (types2's int64 `index++`).

package p

var x = []int{9223372036854775807: 1}
