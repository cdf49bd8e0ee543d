// The type checker (after go/types and types2): checks one package given
// its parsed files and reports errors in types2's words at types2's
// positions. The phases, in order:
//
//  1. collect: every file's imports into a file scope, every package-level
//     object into the package scope, methods aside (Resolver.swift);
//  2. resolve each package-level object in source order (Decl.swift), lazily
//     following references with a grey/black colouring that detects cycles;
//  3. check function bodies (Stmt.swift), queued so that bodies run after
//     all package-level declarations, function literals after their
//     enclosing body, as types2 does;
//  4. report unused imports, then compute the initialization order of
//     package-level variables (InitOrder.swift).
//
// Expressions record their types in `types` for the later stages.

import Base
import Syntax
import Constant

public struct TypeAndValue {
    public var type: GoType
    public var value: ConstantValue?
}

/// Per-declaration information for package-level objects.
final class DeclInfo {
    let fileScope: Scope
    var lhs: [Var]?
    var typeExpr: Expr?
    var initExpr: Expr?
    var inherited = false
    var iota = 0
    var fdecl: FuncDecl?
    var tdecl: TypeDecl?
    var deps: [Object] = []
    var depSet = Set<ObjectIdentifier>()
    init(fileScope: Scope) { self.fileScope = fileScope }

    func addDep(_ o: Object) {
        if depSet.insert(ObjectIdentifier(o)).inserted { deps.append(o) }
    }
}

/// The state of checking inside a declaration or function body.
struct Environment {
    var decl: DeclInfo?
    var scope: Scope
    var iota: ConstantValue?
    var sig: Signature?
    /// The type parameters of the declared function whose body (or a literal in it) is checked.
    var funcTParams: [TypeParam] = []
    var funcName = ""
    var inTypeSwitch = false
}

public final class Checker {
    public let pkg: Package
    let errors: DiagnosticList
    public let files: [File]
    let importer: Importer
    var env: Environment
    var objDecls: [ObjectIdentifier: DeclInfo] = [:]
    /// Package-level objects named _ (checked, and initialized, though in no scope).
    var blankPkgObjs: [Object] = []
    var objPath: [Object] = []
    var delayed: [() -> Void] = []
    var methodsByBase: [String: [FuncDecl]] = [:]
    var fileScopes: [Scope] = []
    var imports: [PkgName] = []
    var dotImports: [(Scope, Package, ImportDecl)] = []
    var funcDecls: [(Func, FuncDecl, DeclInfo)] = []
    var allVars: [Var] = []
    public internal(set) var types: [ObjectIdentifier: TypeAndValue] = [:]
    public internal(set) var defs: [ObjectIdentifier: Object] = [:]
    public internal(set) var uses: [ObjectIdentifier: Object] = [:]
    public internal(set) var initOrder: [(vars: [Var], expr: Expr)] = []
    /// Objects declared implicitly, by node: a type switch clause's variable (EscapeSupport.swift).
    public internal(set) var implicits: [ObjectIdentifier: Object] = [:]
    /// Whether this is a standard-library declaration package (no unused checks).
    public let isLibrary: Bool
    // resolver state
    var lastConstGroup: Group?
    var lastConstSpec: ConstDecl?
    var constIota = 0
    var methodObjs: [ObjectIdentifier: Func] = [:]
    var orphanMethods: [(Func, FuncDecl, DeclInfo)] = []
    var resolvedMethodBases = Set<String>()
    var dotUsed = Set<ObjectIdentifier>()
    /// Set while an inherited constant initializer is evaluated: errors go to the constant (types2's errpos).
    var errpos: Pos?
    /// Types whose validity check waits for the outermost declaration being resolved.
    var pendingValidTypes: [(Named, TypeDecl)] = []
    /// Named types already found to have a finite size (validType).
    var validTypes = Set<ObjectIdentifier>()
    /// Instantiations of generic functions and types, for instantiation cycles.
    var mono = MonoGraph()
    /// Types too large for the address space; gc reports them after a clean type check.
    var oversized: [(Pos, String)] = []
    /// Where each instance of a generic type was first written (for cycle errors).
    var instancePositions: [ObjectIdentifier: Pos] = [:]
    /// Identifiers naming generic aliases (which must be instantiated).
    var genericAliasUses = Set<ObjectIdentifier>()
    /// Variables declared in the function body being checked (for "declared and not used").
    var localVars: [Var] = []
    var localConstGroup: Group?
    var localConstSpec: ConstDecl?
    var localIota = 0
    /// The scope holding each function's parameters.
    var funcScopes: [ObjectIdentifier: Scope] = [:]

    init(pkg: Package, files: [File], errors: DiagnosticList, importer: Importer, isLibrary: Bool) {
        self.pkg = pkg
        self.files = files
        self.errors = errors
        self.importer = importer
        self.isLibrary = isLibrary
        self.env = Environment(scope: pkg.scope)
    }

    /// Checks the package formed by `files` (package main or any other).
    public static func checkPackage(files: [File], errors: DiagnosticList, path: String = "main") -> Package {
        check(files: files, errors: errors, path: path).pkg
    }

    /// Checks a package and returns the checker with its side tables (types, uses, init order).
    public static func check(files: [File], errors: DiagnosticList, path: String = "main") -> Checker {
        let name = files.first?.pkgName.value ?? "main"
        let pkg = Package(path: path, name: name)
        let c = Checker(pkg: pkg, files: files, errors: errors, importer: Importer.shared, isLibrary: false)
        c.run()
        return c
    }

    func run() {
        for f in files { FileNames.register(f.source) }
        collectObjects()
        packageObjects()
        processDelayed()
        if !isLibrary {
            unusedImports()
        }
        computeInitOrder()
        if !isLibrary { monomorph() }
        if errors.isEmpty {
            for (p, m) in oversized { error(p, m) }
        }
    }

    /// Runs the actions queued at or after index `top` (and those they queue),
    /// then drops them. Statements call this when they end, so function
    /// literals are checked before the enclosing scope changes, as in types2.
    func processDelayed(from top: Int = 0) {
        var i = top
        while i < delayed.count {
            if errors.isFull { break }
            delayed[i]()
            i += 1
        }
        if delayed.count > top { delayed.removeSubrange(top...) }
    }

    func later(_ f: @escaping () -> Void) { delayed.append(f) }

    // MARK: errors

    func error(_ pos: Pos, _ msg: String) {
        errors.report(errpos ?? pos, msg)
    }

    func error(_ n: Node, _ msg: String) {
        errors.report(errpos ?? startPos(n), msg)
    }

    func errorf(_ x: Operand, _ msg: String) {
        if let e = x.expr { error(e, msg) } else { error(Pos.none, msg) }
    }

    func softError(_ pos: Pos, _ msg: String) { error(pos, msg) }

    // MARK: describing

    func typeString(_ t: GoType) -> String { TypeWriter.string(t, qualifier: pkg) }
    func describe(_ x: Operand) -> String { x.describe(pkg) }

    // MARK: recording

    func record(_ x: Operand) {
        guard let e = x.expr else { return }
        var tv = TypeAndValue(type: x.type, value: nil)
        if x.mode == .constant { tv.value = x.val }
        types[ObjectIdentifier(e)] = tv
    }

    func recordDef(_ n: Name, _ o: Object?) {
        if let o { defs[ObjectIdentifier(n)] = o }
    }

    func recordUse(_ n: Name, _ o: Object) {
        uses[ObjectIdentifier(n)] = o
    }

    public func typeOf(_ e: Expr) -> TypeAndValue? { types[ObjectIdentifier(e)] }

    // MARK: scopes

    func openScope(_ pos: Pos) {
        env.scope = Scope(parent: env.scope, start: pos)
    }

    func closeScope() {
        if let p = env.scope.parent { env.scope = p }
    }

    /// Declares obj in scope, reporting a redeclaration in gc's words.
    func declare(_ scope: Scope, _ id: Name?, _ obj: Object) {
        if obj.name == "_" {
            if let id { recordDef(id, obj) }
            return
        }
        if let alt = scope.insert(obj) {
            var msg = "\(obj.name) redeclared in this block"
            if alt.pos.isKnown {
                msg += "\n\t\(posString(alt.pos)): other declaration of \(obj.name)"
            }
            error(obj.pos, msg)
            return
        }
        if let id { recordDef(id, obj) }
    }

    func posString(_ p: Pos) -> String { FileNames.position(p) }

    /// Looks a name up from the current scope; records package-level
    /// dependencies for initialization order.
    func lookup(_ name: String) -> Object? {
        guard let (_, obj) = env.scope.lookupParent(name) else { return nil }
        return obj
    }
}
