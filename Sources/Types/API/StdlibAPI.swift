// The API of Go's standard packages, as Go source: one file per package, with
// every exported declaration (functions without bodies, constants with their
// exact values, types with their methods) and the unexported types those refer
// to. Generated from real Go by Scripts/stdlib-api (see its README.md); the
// per-package files next to this one are generated, this one is not.
//
// Notes for the checker:
// - Functions, generic ones included, have no bodies.
// - Unexported struct fields keep their names, one per original field: with
//   the original's type where it is expressible (`buf []byte`), else a layout
//   filler of the same size, alignment, pointer words and comparability (gc,
//   amd64), e.g. `mu [2]uint32`, `file unsafe.Pointer`.
// - Interfaces keep their unexported methods, if any.
// - "unsafe" is imported where `unsafe.Pointer` is used; "unsafe" and the
//   builtins are not among these sources.
public enum StdlibAPI {
    /// The Go source declaring the package with this import path, e.g. "math/bits".
    public static func source(forImportPath path: String) -> String? {
        sources[path]
    }

    /// All import paths with a source, sorted.
    public static let importPaths: [String] = sources.keys.sorted()

    /// The unexported package-level names (funcs, vars, consts, types) of the
    /// package that gc knows but `source(forImportPath:)` does not declare,
    /// sorted (byte order); [] for a path without a source. gc knows the
    /// unexported objects its export data holds (those the exported API and
    /// inlinable bodies reach), not all of them: for `strings.indexFunc` it says
    /// "name indexFunc not exported by package strings", while for a name in
    /// neither list (`strings.explode`, `runtime.pageSize`) it says
    /// "undefined: strings.explode". Unexported names that the source does
    /// declare (`unicode.d`) are not repeated here.
    public static func unexportedNames(forImportPath path: String) -> [String] {
        unexportedNamesByPath[path] ?? []
    }

    /// Whether the package is declared only in part (only what the other
    /// packages' declarations refer to, e.g. "syscall" for os.ProcAttr.Sys);
    /// importing such a package from a program is not supported.
    public static func isPartial(importPath path: String) -> Bool {
        partialPaths.contains(path)
    }
}
