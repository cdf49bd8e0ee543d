// Crasher: unbounded recursion (stack overflow) while formatting a type.
// Same root as 004, reached through a method of the constraint: the checker
// accepts the uninstantiated generic T inside its own constraint (gc:
// "cannot use generic type T[P invalid type] without instantiation"), and the error at
// `T = 1` prints T[P interface{ m(T[P interface{ m(T[...` forever
// (Sources/Types/TypeWriter.swift:98 -> tparamList:119 -> write).
// The RobustnessTests mutation fuzzer meets this one with its default seed.

package p

type T[P interface{ m(T) }] int

func f() { T = 1 }
