// Crasher: arithmetic overflow trap in the checker.
// Checker.indexedElements (Sources/Types/Index.swift:375) does `index += 1`
// after the element at index math.MaxInt64; Swift traps on the overflow.
// types2 wraps silently (int64 `index++`) and accepts the program; gc's
// back end then fails ("prepwrite: bad off=-8"). A diagnostic would do.

package p

var x = []int{9223372036854775807: 1}
