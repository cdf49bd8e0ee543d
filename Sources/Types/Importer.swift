// Imports: the standard packages gosub provides are declared in Go source
// (API/, generated from real Go) and checked by this same checker on first
// import; the result is shared by every later import. "unsafe" is built in.

import Base
import Syntax

public final class Importer {
    nonisolated(unsafe) public static let shared = Importer()

    private var cache: [String: Package] = [:]
    private var loading: Set<String> = []
    private var nextFileID: UInt32 = 1_000_000

    /// The package with this import path, or nil if gosub does not provide it.
    public func importPackage(_ path: String) -> Package? {
        if path == "unsafe" { return Universe.unsafePackage }
        if let p = cache[path] { return p }
        guard !loading.contains(path), let text = StdlibAPI.source(forImportPath: path) else { return nil }
        loading.insert(path)
        defer { loading.remove(path) }
        nextFileID += 1
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let src = SourceFile(id: nextFileID, name: "$GOROOT/src/\(path)/\(base).go", text: text)
        let errs = DiagnosticList(limit: 0)
        guard let file = Parser.parse(src, errors: errs) else { return nil }
        let pkg = Package(path: path, name: file.pkgName.value)
        let c = Checker(pkg: pkg, files: [file], errors: errs, importer: self, isLibrary: true)
        c.run()
        cache[path] = pkg
        return pkg
    }

    /// Whether the path names a package a program may import.
    public func provides(_ path: String) -> Bool {
        path == "unsafe" || (StdlibAPI.source(forImportPath: path) != nil && !StdlibAPI.isPartial(importPath: path))
    }
}
