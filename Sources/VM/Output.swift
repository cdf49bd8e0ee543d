// Program output. Go's os.Stdout is unbuffered; gosub buffers stdout for
// speed and flushes it before every write to stderr (print/println, panics),
// before exit, and when the buffer fills — so the interleaving of the two
// streams is what Go produces. Tests capture both into one byte array.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class Output {
    var buffer: [UInt8] = []
    /// When set, everything goes here (stdout and stderr interleaved) instead of fds 1 and 2.
    public var capture: [UInt8]?

    public init(capture: Bool = false) {
        if capture { self.capture = [] }
        buffer.reserveCapacity(1 << 16)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        if capture != nil { capture!.append(contentsOf: bytes); return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func write(_ s: String) { write(Array(s.utf8)) }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll(1, $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    public func writeErr(_ bytes: [UInt8]) {
        if capture != nil { capture!.append(contentsOf: bytes); return }
        flush()
        bytes.withUnsafeBytes { writeAll(2, $0) }
    }

    public func writeErr(_ s: String) { writeErr(Array(s.utf8)) }

    private func writeAll(_ fd: Int32, _ b: UnsafeRawBufferPointer) {
        var off = 0
        while off < b.count {
            let n = Glibc.write(fd, b.baseAddress! + off, b.count - off)
            if n <= 0 { if errno == EINTR { continue }; return }
            off += n
        }
    }
}
