// Imports: the standard packages gosub provides are declared in Go source
// (API/, generated from real Go) and checked by this same checker on first
// import; the result is shared by every later import. "unsafe" is built in.
// Where gosub implements part of a package in Go (GoLibrary/), that file is
// checked with the API file as one package, after dropping the API's
// declarations it declares again; its checker is kept for the compiler.

import Base
import Syntax

public final class Importer {
    nonisolated(unsafe) public static let shared = Importer()

    private var cache: [String: Package] = [:]
    private var loading: Set<String> = []
    private var nextFileID: UInt32 = 1_000_000
    /// The checker of each package that has Go implementations (GoLibrary),
    /// with its side tables: the compiler compiles those bodies.
    public private(set) var checkers: [String: Checker] = [:]
    /// Those packages in the order their checks finished (dependencies first).
    public private(set) var implementedOrder: [String] = []
    /// Diagnostics of checking the Go implementations (empty unless gosub's own library is wrong).
    public private(set) var libraryErrors: [String: DiagnosticList] = [:]

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
        var files = [file]
        if let impl = GoLibrary.source(forImportPath: path) {
            nextFileID += 1
            let isrc = SourceFile(id: nextFileID, name: "$GOROOT/src/\(path)/\(base).go", text: impl)
            if let ifile = Parser.parse(isrc, errors: errs) {
                Self.dropDeclarations(of: ifile, from: file)
                files.append(ifile)
            }
        }
        let pkg = Package(path: path, name: file.pkgName.value)
        let c = Checker(pkg: pkg, files: files, errors: errs, importer: self, isLibrary: true)
        c.run()
        cache[path] = pkg
        if files.count > 1 {
            checkers[path] = c
            implementedOrder.append(path)
            libraryErrors[path] = errs
        }
        return pkg
    }

    /// Removes from the API file what the implementation file declares again
    /// (a function with its body, a variable with its initializer).
    static func dropDeclarations(of impl: File, from api: File) {
        var names = Set<String>()
        for d in impl.decls {
            switch d {
            case let f as FuncDecl: names.insert(funcKey(f))
            case let v as VarDecl: for n in v.names { names.insert(n.value) }
            case let c as ConstDecl: for n in c.names { names.insert(n.value) }
            case let t as TypeDecl: names.insert(t.name.value)
            default: break
            }
        }
        api.decls.removeAll { d in
            switch d {
            case let f as FuncDecl: return names.contains(funcKey(f))
            case let v as VarDecl: return v.names.contains { names.contains($0.value) }
            case let c as ConstDecl: return c.names.contains { names.contains($0.value) }
            case let t as TypeDecl: return names.contains(t.name.value)
            default: return false
            }
        }
    }

    /// "F" for a function, "T.M" for a method of T or *T.
    static func funcKey(_ f: FuncDecl) -> String {
        guard var t = f.recv?.type else { return f.name.value }
        while true {
            if let o = t as? Operation, o.y == nil { t = o.x; continue }
            if let p = t as? ParenExpr { t = p.x; continue }
            if let ix = t as? IndexExpr { t = ix.x; continue }
            break
        }
        return ((t as? Name)?.value ?? "?") + "." + f.name.value
    }

    /// Whether the path names a package a program may import.
    public func provides(_ path: String) -> Bool {
        path == "unsafe" || (StdlibAPI.source(forImportPath: path) != nil && !StdlibAPI.isPartial(importPath: path))
    }
}
