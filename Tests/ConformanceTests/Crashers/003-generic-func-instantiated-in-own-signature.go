// Crasher: unbounded recursion (stack overflow) in the checker.
// Same root as 002 (Sources/Types/Expr.swift:240 re-enters funcType for a
// function whose signature is being checked), reached through an
// instantiation of the generic function inside its own parameter list.
// gc: "f (function) is not a type" at f[int].

package p

func f[P any](x f[int]) {}
