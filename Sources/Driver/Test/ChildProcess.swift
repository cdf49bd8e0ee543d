// Runs a child process with its stdout and stderr on one pipe (as a terminal
// shows them, in the order written), a timeout after which it is killed, and
// no standard input. Used by the test runner, which runs every test in a
// child of its own so that a crash or a hang fails that test only.

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

struct ChildResult: Sendable {
    var status: Int32          // exit status, or 128+signal
    var output: [UInt8]
    var timedOut: Bool
    var nanoseconds: UInt64
}

enum ChildProcess {
    static func monotonicNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Runs argv[0] with argv; nil if it cannot be started.
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    /// glibc's posix_spawn_file_actions_addchdir_np (2.29+), which Swift's Glibc module does not export.
    static let addChdir: AddChdir? = {
        guard let sym = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(sym, to: AddChdir.self)
    }()

    /// Runs argv (argv[0] a path) in `directory` (nil: this process's).
    static func run(_ argv: [String], in directory: String? = nil, timeoutSeconds: Double, maxOutput: Int = 16 << 20) -> ChildResult? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // stdout and stderr to the pipe, stdin from /dev/null — in that order, since
        // the pipe may have taken fds 0–2 when this process runs with them closed
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        if fds[0] > 2 { posix_spawn_file_actions_addclose(&actions, fds[0]) }
        if fds[1] > 2 { posix_spawn_file_actions_addclose(&actions, fds[1]) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let directory, let addChdir = Self.addChdir { _ = addChdir(&actions, directory) }
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cargs.append(nil)
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let start = monotonicNanos()
        let rc = posix_spawn(&pid, argv[0], &actions, nil, &cargs, environ)
        close(fds[1])
        guard rc == 0 else { close(fds[0]); return nil }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        let deadline = start + UInt64(timeoutSeconds * 1e9)
        var timedOut = false
        while true {
            let now = monotonicNanos()
            if now >= deadline { timedOut = true; break }
            var pfd = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            let ms = Int32(min(1000, (deadline - now) / 1_000_000 + 1))
            let r = poll(&pfd, 1, ms)
            if r < 0 { if errno == EINTR { continue }; break }
            if r == 0 { continue }
            let n = read(fds[0], &buf, buf.count)
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            if out.count < maxOutput { out.append(contentsOf: buf[0..<n]) }
        }
        if timedOut { kill(pid, SIGKILL) }
        close(fds[0])
        var st: Int32 = 0
        while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        let status: Int32
        if st & 0x7F == 0 {
            status = (st >> 8) & 0xFF            // exited
        } else {
            status = 128 + (st & 0x7F)          // killed by a signal
        }
        return ChildResult(status: status, output: out, timedOut: timedOut, nanoseconds: monotonicNanos() - start)
    }

    /// The path of the running executable.
    static func selfPath() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
