// Crasher: unbounded recursion (stack overflow) in the checker.
// A function's signature refers to the function itself. ident() on a Func
// calls objDecl(f) (which sees f grey and returns) and then, because
// f.type is still nil, calls funcType(f) again (Sources/Types/Expr.swift:240),
// which checks the same signature, meets f again, and so on forever.
// gc accepts this program (unsafe.Sizeof of a func value is 8 whatever its
// signature).

package p

import "unsafe"

func f(x [unsafe.Sizeof(f)]int) {}
