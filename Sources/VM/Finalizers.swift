// runtime.SetFinalizer with Go's rules (runtime/mfinal.go): the object must
// be a pointer to the start of a heap object (or inside a tiny block), the
// finalizer a func of one parameter the object is assignable to. During
// marking, what a finalizable object points to is kept alive but the object
// itself is not; when a cycle finds it unreachable, it is marked again
// (resurrected for one more cycle), its finalizer is removed and queued, and
// after the cycle each queued finalizer runs in a goroutine of its own,
// called with the object converted to the parameter's type.

import Bytecode
import Runtime

struct Finalizer {
    /// The func value (closure) and the type descriptor of its parameter's value.
    var function: UInt64
    /// How the object is passed: the pointer itself, or an interface (type word, pointer).
    var interfaceWord: UInt64?
}

extension Machine {
    /// runtime.SetFinalizer(obj, finalizer any): a = [obj type, obj data, finalizer type, finalizer data].
    func setFinalizer(_ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        guard a[0] != 0, let ot = image.rtype(descriptor: a[0]) else {
            return throwFatal("runtime.SetFinalizer: first argument is nil")
        }
        guard ot.kind == .pointer else { return throwFatal("runtime.SetFinalizer: first argument is \(ot.name), not pointer") }
        let p = a[1]
        guard let start = heap.objectStart(UInt(p)) else {
            // globals and zero-size objects have no finalizers; anything else is not Go memory
            if p == 0 || image.isStatic(p) || UInt(p) == heap.zerobase { return .finished }
            return throwFatal("runtime.SetFinalizer: pointer not in allocated block")
        }
        if UInt(p) != start {
            let et = image.program.types[ot.elem]
            if et.ptrdata != 0 || et.size >= 16 {
                return throwFatal("runtime.SetFinalizer: pointer not at beginning of allocated block")
            }
        }
        if a[2] == 0 {
            finalizers[p] = nil
            return .finished
        }
        guard let ft = image.rtype(descriptor: a[2]) else { return .fatal }
        guard ft.kind == .function else { return throwFatal("runtime.SetFinalizer: second argument is \(ft.name), not a function") }
        if ft.variadic {
            return throwFatal("runtime.SetFinalizer: cannot pass \(ot.name) to finalizer \(ft.name) because dotdotdot")
        }
        let cannot = "runtime.SetFinalizer: cannot pass \(ot.name) to finalizer \(ft.name)"
        guard ft.params.count == 1 else { return throwFatal(cannot) }
        let pt = image.program.types[ft.params[0]]
        var f = Finalizer(function: a[3], interfaceWord: nil)
        if pt.id == ot.id || (pt.kind == .pointer && pt.elem == ot.elem && (!pt.named || !ot.named)) {
            // the pointer itself
        } else if pt.kind == .interface {
            if pt.imethods.isEmpty {
                f.interfaceWord = a[0]
            } else if let it = itab(a[0], pt.id) {
                f.interfaceWord = it
            } else {
                return throwFatal(cannot)
            }
        } else {
            return throwFatal(cannot)
        }
        if finalizers[p] != nil { return throwFatal("runtime.SetFinalizer: finalizer already set") }
        finalizers[p] = f
        return .finished
    }

    /// Go's throw: `fatal error: msg` with the goroutine's traceback; the program ends (exit status 2).
    private func throwFatal(_ msg: String) -> RunResult {
        fatalWithTrace(msg)
        return .fatal
    }

    /// Marks what a finalizable object points to without marking the object.
    func scanFinalizable(_ obj: UInt64) {
        heap.scanContents(UInt(obj))
    }

    /// After marking: queue the finalizers of objects found unreachable and resurrect them.
    func markFinalizable() {
        var queued = false
        for (obj, f) in finalizers where !heap.isMarked(UInt(obj)) {
            finalizerQueue.append((obj, f))
            finalizers[obj] = nil
            heap.shade(UInt(obj))
            queued = true
        }
        if queued { heap.drain() }
    }

    /// Starts a goroutine for each queued finalizer.
    func startFinalizers() {
        let queue = finalizerQueue
        finalizerQueue = []
        for (obj, f) in queue {
            var args: [UInt64] = [f.function]
            if let w = f.interfaceWord { args += [w, obj] } else { args.append(obj) }
            _ = args.withUnsafeMutableBufferPointer { goStart($0.baseAddress!, $0.count - 1) }
        }
    }
}
