// Hang: exponential time in the checker.
// validType (Sources/Types/Decl.swift:184-211) walks every field path of a
// struct type without memoizing the types it has already validated, so a
// chain of structs with two fields of the next type is walked 2^n times
// (n=18: 3 s, each level doubles it). NB gc is exponential on this input
// too (go build: n=20 1.4 s, n=22 4.8 s, n=40 > 5 min): never hanging here is
// stricter than gc. Drop this file and the struct-dag template of
// testDeepNesting if matching gc is enough.

package p

type T0 struct{ a, b T1 }
type T1 struct{ a, b T2 }
type T2 struct{ a, b T3 }
type T3 struct{ a, b T4 }
type T4 struct{ a, b T5 }
type T5 struct{ a, b T6 }
type T6 struct{ a, b T7 }
type T7 struct{ a, b T8 }
type T8 struct{ a, b T9 }
type T9 struct{ a, b T10 }
type T10 struct{ a, b T11 }
type T11 struct{ a, b T12 }
type T12 struct{ a, b T13 }
type T13 struct{ a, b T14 }
type T14 struct{ a, b T15 }
type T15 struct{ a, b T16 }
type T16 struct{ a, b T17 }
type T17 struct{ a, b T18 }
type T18 struct{ a, b T19 }
type T19 struct{ a, b T20 }
type T20 struct{ a, b T21 }
type T21 struct{ a, b T22 }
type T22 struct{ a, b T23 }
type T23 struct{ a, b T24 }
type T24 struct{ a, b T25 }
type T25 struct{ a, b T26 }
type T26 struct{ a, b T27 }
type T27 struct{ a, b T28 }
type T28 struct{ a, b T29 }
type T29 struct{ a, b T30 }
type T30 struct{ a, b T31 }
type T31 struct{ a, b T32 }
type T32 struct{ a, b T33 }
type T33 struct{ a, b T34 }
type T34 struct{ a, b T35 }
type T35 struct{ a, b T36 }
type T36 struct{ a, b T37 }
type T37 struct{ a, b T38 }
type T38 struct{ a, b T39 }
type T39 struct{ a, b T40 }
type T40 int
