// OSMemory.swift — the allocator's only contact with the operating system.
//
// Go's runtime moves address space through four states (mem.go):
// None -> Reserved (mapped PROT_NONE, not backed) -> Ready (read/write) and
// Ready -> Prepared (pages given back with madvise, contents lost, address
// range kept). gosub does the same with four calls:
//
//   reserve(size, hint)  mmap PROT_NONE|MAP_NORESERVE at a hint address
//   map(addr, size)      mprotect read/write: the range becomes usable
//   unused(addr, size)   madvise(MADV_DONTNEED): the kernel may take the
//                        pages back; the next touch sees zero-filled pages
//   free(addr, size)     munmap
//
// Also here: `RuntimeLock`, a pthread mutex in raw memory (Go's runtime
// `mutex`), used by mheap and mcentral. The interpreter is single-threaded
// today; the locks mark where Go takes them so GOMAXPROCS > 1 can follow.
//
// Invariant: no function here allocates Swift objects; a failing mmap returns
// nil and the caller reports "out of memory" as Go does.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum OSMemory {
    /// Reserve `size` bytes of address space near `hint` (0 = anywhere). Not usable until `map`.
    static func reserve(_ size: Int, hint: UInt = 0) -> UInt? {
        let p = mmap(UnsafeMutableRawPointer(bitPattern: hint), size, PROT_NONE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let p, p != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        return UInt(bitPattern: p)
    }

    /// Reserve `size` bytes aligned to `align` (a power of two), trying `hint` first.
    static func reserveAligned(_ size: Int, align: Int, hint: UInt) -> UInt? {
        if hint != 0, let p = reserve(size, hint: hint) {
            if p & UInt(align - 1) == 0 { return p }
            free(p, size)
        }
        guard let raw = reserve(size + align) else { return nil }
        let aligned = (raw + UInt(align - 1)) & ~UInt(align - 1)
        if aligned > raw { free(raw, Int(aligned - raw)) }
        let tail = raw + UInt(size + align) - (aligned + UInt(size))
        if tail > 0 { free(aligned + UInt(size), Int(tail)) }
        return aligned
    }

    /// Make a reserved range readable and writable.
    static func map(_ addr: UInt, _ size: Int) -> Bool {
        mprotect(UnsafeMutableRawPointer(bitPattern: addr), size, PROT_READ | PROT_WRITE) == 0
    }

    /// Anonymous read/write memory for runtime metadata (zero-filled, lazily backed).
    static func allocMetadata(_ size: Int) -> UnsafeMutableRawPointer? {
        let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let p, p != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        return p
    }

    /// Give pages back to the OS; they read as zero when touched again.
    @discardableResult
    static func unused(_ addr: UInt, _ size: Int) -> Bool {
        madvise(UnsafeMutableRawPointer(bitPattern: addr), size, MADV_DONTNEED) == 0
    }

    static func free(_ addr: UInt, _ size: Int) {
        munmap(UnsafeMutableRawPointer(bitPattern: addr), size)
    }
}

/// A mutex in raw memory (no Swift object, never moves), like Go's runtime mutex.
struct RuntimeLock {
    private let m: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        m = .allocate(capacity: 1)
        pthread_mutex_init(m, nil)
    }

    func lock() { pthread_mutex_lock(m) }
    func unlock() { pthread_mutex_unlock(m) }

    func destroy() {
        pthread_mutex_destroy(m)
        m.deallocate()
    }
}
