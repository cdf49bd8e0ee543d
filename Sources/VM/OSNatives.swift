// os's system calls for its Go implementation (GoLibrary+os): open, read,
// write and close on file descriptors, remove, mkdir, rename, the working
// directory, stat's is-a-directory, errno texts, the environment, pids.
// Writes to descriptors 1 and 2 go through the program's Output, so they
// keep their order with fmt's and print's; reading standard input flushes
// that output first. Results: (value, errno) with errno 0 on success.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    func callOSNative(_ n: NativeID, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        switch n {
        case .osSysOpen:
            // (name string, flag int, perm uint32) -> (fd int, errno int)
            let name = String(decoding: Strings.bytes(a), as: UTF8.self)
            let flag = Int32(truncatingIfNeeded: Int64(bitPattern: a[2])) | O_CLOEXEC
            let fd = open(name, flag, mode_t(truncatingIfNeeded: a[3]))
            a[0] = UInt64(bitPattern: Int64(max(fd, -1)))
            a[1] = fd < 0 ? UInt64(errno) : 0
        case .osSysRead, .osSysWrite:
            // (fd int, b []byte) -> (n int, errno int)
            let fd = Int32(truncatingIfNeeded: Int64(bitPattern: a[0]))
            let count = Int(a[2])
            let buf = UnsafeMutableRawPointer(bitPattern: UInt(a[1]))
            if n == .osSysWrite && (fd == 1 || fd == 2) {
                let bytes = buf.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
                if fd == 1 { out.write(bytes) } else { out.writeErr(bytes) }
                a[0] = UInt64(count); a[1] = 0
                break
            }
            if n == .osSysRead && fd == 0 { out.flush() }
            var r: Int
            repeat {
                r = n == .osSysRead ? read(fd, buf, count) : write(fd, buf, count)
            } while r < 0 && errno == EINTR
            a[0] = UInt64(bitPattern: Int64(max(r, 0)))
            a[1] = r < 0 ? UInt64(errno) : 0
        case .osSysClose:
            let fd = Int32(truncatingIfNeeded: Int64(bitPattern: a[0]))
            // the program's own standard streams stay open for the interpreter
            a[0] = fd <= 2 ? 0 : (close(fd) < 0 ? UInt64(errno) : 0)
        case .osErrnoText:
            newString(a, Array(String(cString: strerror(Int32(truncatingIfNeeded: a[0]))).lowercased().utf8))
        case .osSysRemove:
            // a file, else an empty directory (as Go's Remove)
            let name = String(decoding: Strings.bytes(a), as: UTF8.self)
            if unlink(name) == 0 { a[0] = 0; break }
            let e = errno
            a[0] = rmdir(name) == 0 ? 0 : UInt64(e == EISDIR || e == EPERM ? errno : e)
        case .osSysGetenv:
            let key = String(decoding: Strings.bytes(a), as: UTF8.self)
            if let v = getenv(key) {
                newString(a, Array(String(cString: v).utf8)); a[2] = 1
            } else {
                a[0] = 0; a[1] = 0; a[2] = 0
            }
        case .osSysGetwd:
            // () -> (dir string, errno int)
            var buf = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            if buf.withUnsafeMutableBytes({ getcwd($0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) }) != nil {
                newString(a, Array(buf.prefix { $0 != 0 })); a[2] = 0
            } else {
                a[0] = 0; a[1] = 0; a[2] = UInt64(errno)
            }
        case .osSysChdir, .osSysUnsetenv:
            let s = String(decoding: Strings.bytes(a), as: UTF8.self)
            let r = n == .osSysChdir ? chdir(s) : unsetenv(s)
            a[0] = r == 0 ? 0 : UInt64(errno)
        case .osSysMkdir:
            // (name string, perm uint32) -> errno
            let name = String(decoding: Strings.bytes(a), as: UTF8.self)
            a[0] = mkdir(name, mode_t(truncatingIfNeeded: a[2])) == 0 ? 0 : UInt64(errno)
        case .osSysRename, .osSysSetenv:
            let x = String(decoding: Strings.bytes(a), as: UTF8.self), y = String(decoding: Strings.bytes(a + 2), as: UTF8.self)
            let r = n == .osSysRename ? rename(x, y) : setenv(x, y, 1)
            a[0] = r == 0 ? 0 : UInt64(errno)
        case .osSysEnviron:
            var items: [[UInt8]] = []
            var p = environ
            while let e = p.pointee {
                items.append(Array(String(cString: e).utf8))
                p += 1
            }
            newStringSlice(a, items)
        case .osSysGetpid:
            // (parent bool) -> pid
            a[0] = UInt64(a[0] != 0 ? getppid() : getpid())
        case .osSysIsDir:
            // (name string) -> (isDir bool, errno int)
            var st = stat()
            if stat(String(decoding: Strings.bytes(a), as: UTF8.self), &st) == 0 {
                a[0] = (st.st_mode & S_IFMT) == S_IFDIR ? 1 : 0; a[1] = 0
            } else {
                a[0] = 0; a[1] = UInt64(errno)
            }
        case .osSysStat:
            // (name string, fd int, follow bool) -> (mode uint32, size, mtimeSec, mtimeNsec int64, errno int);
            // fd >= 0: fstat of fd, else stat (follow) or lstat of name
            var st = stat()
            let fd = Int32(truncatingIfNeeded: Int64(bitPattern: a[2]))
            let name = String(decoding: Strings.bytes(a), as: UTF8.self)
            let r = fd >= 0 ? fstat(fd, &st) : (a[3] != 0 ? stat(name, &st) : lstat(name, &st))
            if r != 0 { let e = errno; for i in 0..<4 { a[i] = 0 }; a[4] = UInt64(e); break }
            a[0] = UInt64(st.st_mode)
            a[1] = UInt64(bitPattern: Int64(st.st_size))
            a[2] = UInt64(bitPattern: Int64(st.st_mtim.tv_sec))
            a[3] = UInt64(bitPattern: Int64(st.st_mtim.tv_nsec))
            a[4] = 0
        case .osSysReadDir:
            // (name string) -> (names []string, types string (one d_type byte each), errno int)
            let name = String(decoding: Strings.bytes(a), as: UTF8.self)
            guard let d = opendir(name) else { let e = errno; for i in 0..<5 { a[i] = 0 }; a[5] = UInt64(e); break }
            var names: [[UInt8]] = [], types: [UInt8] = []
            while let ent = readdir(d) {
                let n = withUnsafeBytes(of: ent.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if n == [46] || n == [46, 46] { continue }   // "." and ".."
                names.append(n)
                types.append(ent.pointee.d_type)
            }
            closedir(d)
            newStringSlice(a, names)
            newString(a + 3, types)
            a[5] = 0
        case .osSysSeek:
            // (fd int, offset int64, whence int) -> (ret int64, errno int)
            let r = lseek(Int32(truncatingIfNeeded: Int64(bitPattern: a[0])), off_t(Int64(bitPattern: a[1])),
                          Int32(truncatingIfNeeded: Int64(bitPattern: a[2])))
            a[0] = UInt64(bitPattern: Int64(max(r, -1)))
            a[1] = r < 0 ? UInt64(errno) : 0
        default:
            return callLibNative(n, a)
        }
        return .finished
    }
}
