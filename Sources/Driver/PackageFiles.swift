// The files of a package directory as the go tool selects them for
// linux/amd64: `.go` files that are not tests, whose names carry no other
// OS or architecture (`x_windows.go`, `y_arm64.go`), and whose `//go:build`
// constraint holds (see BuildConstraint).

enum PackageFiles {
    static let goos: Set<String> = ["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
                                    "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"]
    static let goarch: Set<String> = ["386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le",
                                      "ppc64", "ppc64le", "riscv64", "s390x", "sparc64", "wasm"]

    /// The paths of the package's files in directory `dir`, sorted.
    static func select(_ dir: String) -> [String] {
        listDirectory(dir).filter { name in
            guard name.hasSuffix(".go"), !name.hasSuffix("_test.go"), !name.hasPrefix("_"), !name.hasPrefix(".") else { return false }
            guard nameMatches(String(name.dropLast(3))) else { return false }
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            return constraintHolds(path)
        }.map { dir.hasSuffix("/") ? dir + $0 : dir + "/" + $0 }
    }

    /// `name_GOOS`, `name_GOARCH`, `name_GOOS_GOARCH` must match linux/amd64.
    static func nameMatches(_ base: String) -> Bool {
        let parts = base.split(separator: "_").map(String.init)
        guard parts.count >= 2 else { return true }
        let last = parts[parts.count - 1]
        if parts.count >= 3, goos.contains(parts[parts.count - 2]), goarch.contains(last) {
            return parts[parts.count - 2] == "linux" && last == "amd64"
        }
        if goos.contains(last) { return last == "linux" }
        if goarch.contains(last) { return last == "amd64" }
        return true
    }

    /// Whether the file's `//go:build` line (before the package clause) is satisfied.
    static func constraintHolds(_ path: String) -> Bool {
        guard let bytes = readFileBytes(path) else { return true }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.trimmingWhitespace()
            if l.hasPrefix("//go:build ") { return BuildConstraint.satisfied(String(l.dropFirst("//go:build ".count))) }
            if l.hasPrefix("package ") { break }
        }
        return true
    }
}
