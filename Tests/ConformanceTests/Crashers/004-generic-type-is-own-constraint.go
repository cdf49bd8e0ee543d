// Crasher: unbounded recursion (stack overflow) while formatting a type.
// `type T[P T]` is accepted (gc: "cannot use generic type T[P invalid type]
// without instantiation" at the constraint); printing T for the error at `var a T` writes T's type
// parameter list, whose constraint is T, whose parameter list ... forever:
// TypeWriter.write -> tparamList (Sources/Types/TypeWriter.swift:98, 113-119)
// has no cycle guard (types2's typeWriter keeps a `seen` set).

package p

type T[P T] int

var a T
