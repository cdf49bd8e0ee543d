// The runtime's `throw`: a broken invariant or an unrecoverable condition
// (out of memory) ends the process the way Go's runtime does — `fatal error:
// MESSAGE` on standard error and exit status 2 — never with a host trap.

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Prints `fatal error: msg` and exits with status 2, as Go's runtime.throw.
public func runtimeThrow(_ msg: String) -> Never {
    fflush(stdout)
    fputs("fatal error: " + msg + "\n", stderr)
    exit(2)
}
