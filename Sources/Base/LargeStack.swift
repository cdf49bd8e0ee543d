// Runs work on a thread with a large stack. The parser and checker recurse
// on nesting depth as gc's do; gc's goroutine stacks grow to 1 GB, the host
// thread's is 8 MiB. A 1 GiB stack (reserved, committed only as touched)
// lets deeply nested programs get diagnostics instead of a host crash.

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The work handed to the thread (a C thread entry cannot capture context).
private final class ThreadWork: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// Runs body on a new thread with a stack of `bytes` and returns its result.
/// Runs it on the current thread if no thread can be made.
public func withLargeStack<T>(bytes: Int = 1 << 30, _ body: @escaping () -> T) -> T {
    var result: T?
    let work = ThreadWork { result = body() }
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, bytes)
    var tid = pthread_t()
    let arg = Unmanaged.passRetained(work).toOpaque()
    let rc = pthread_create(&tid, &attr, { raw in
        let w = Unmanaged<ThreadWork>.fromOpaque(raw!).takeRetainedValue()
        w.run()
        return nil
    }, arg)
    if rc != 0 {
        Unmanaged<ThreadWork>.fromOpaque(arg).release()
        return body()
    }
    pthread_join(tid, nil)
    return result!
}
