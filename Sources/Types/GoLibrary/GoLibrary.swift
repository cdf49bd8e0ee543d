// Parts of standard packages that gosub implements in Go rather than in
// Swift: code that calls back into Go (sort's Less and Swap, slices'
// comparison functions) or is naturally Go (cmp, container/list, io's error
// values). Each package's source holds function bodies for declarations of
// its API file (API/) and any unexported helpers; the Importer checks both
// files as one package and the compiler compiles these bodies like a
// program's. Functions declared here without a body are natives (the VM's,
// by their Go name). Written for gosub, not copied from Go.
public enum GoLibrary {
    /// The Go implementation file of a standard package, if gosub has one.
    public static func source(forImportPath path: String) -> String? {
        sources[path]
    }

    /// The packages with a Go implementation, sorted.
    public static var importPaths: [String] { sources.keys.sorted() }

    static let sources: [String: String] = [
        "cmp": cmp,
        "io": io,
        "sort": sort,
        "slices": slices,
        "maps": maps,
        "iter": iter,
        "strings": strings,
        "unicode/utf8": utf8,
        "errors": errors,
        "container/list": list,
        "time": time,
        "strconv": strconv,
        "fmt": fmt,
        "bytes": bytes,
        "sync": sync,
        "sync/atomic": syncAtomic,
        "io/fs": fs,
        "os": os + osEnv + osFiles,
        "bufio": bufio,
        "context": context,
        "runtime": runtime,
        "runtime/debug": runtimeDebug,
        "log": log,
        "flag": flag,
        "path": path,
        "path/filepath": pathFilepath,
        "unicode/utf16": utf16,
        "container/ring": ring,
        "container/heap": heap,
        "math": math,
        "math/bits": bits,
        "unicode": unicode,
        "encoding/hex": hex,
        "hash/fnv": fnv,
        "hash/crc32": crc32,
        "encoding/base64": base64,
        "encoding/binary": binary,
    ]
}
