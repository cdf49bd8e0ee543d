// The syntax tree, shaped as gc's (cmd/compile/internal/syntax/nodes.go), so
// that the parser can follow gc's parser decision for decision and the type
// checker can report errors at the positions gc reports them.
//
// Nodes are classes: the front end shares and annotates them (the checker
// keys its side tables by node identity). No Go value ever lives here.
// Expressions that are lists (`a, b`) are `ListExpr`; unary and binary
// operations are `Operation` (unary when `y` is nil); `*T` is a unary `*`.

import Base

public class Node {
    public var pos: Pos
    public init(_ pos: Pos) { self.pos = pos }
}

// MARK: files and declarations

public final class File: Node {
    public var pkgName: Name
    public var decls: [Decl] = []
    public var eof: Pos = .none
    public var comments: [Comment] = []
    public let source: SourceFile
    init(_ pos: Pos, pkgName: Name, source: SourceFile) {
        self.pkgName = pkgName
        self.source = source
        super.init(pos)
    }
}

public class Decl: Node {}

/// Declarations written in one parenthesized group share a Group.
public final class Group {
    init() {}
}

public final class ImportDecl: Decl {
    public var group: Group?
    public var localName: Name?      // includes "."; nil means no rename
    public var path: BasicLit?       // nil means no path
    init(_ pos: Pos, group: Group?) { self.group = group; super.init(pos) }
}

public final class ConstDecl: Decl {
    public var group: Group?
    public var names: [Name] = []
    public var type: Expr?
    public var values: Expr?
    init(_ pos: Pos, group: Group?) { self.group = group; super.init(pos) }
}

public final class TypeDecl: Decl {
    public var group: Group?
    public var name: Name
    public var tparams: [Field] = []
    public var isAlias = false
    public var type: Expr
    init(_ pos: Pos, group: Group?, name: Name, type: Expr) {
        self.group = group; self.name = name; self.type = type; super.init(pos)
    }
}

public final class VarDecl: Decl {
    public var group: Group?
    public var names: [Name] = []
    public var type: Expr?
    public var values: Expr?
    init(_ pos: Pos, group: Group?) { self.group = group; super.init(pos) }
}

public final class FuncDecl: Decl {
    public var recv: Field?
    public var name: Name
    public var tparams: [Field] = []
    public var type: FuncType
    public var body: BlockStmt?      // nil: declared without a body
    init(_ pos: Pos, name: Name, type: FuncType) { self.name = name; self.type = type; super.init(pos) }
}

// MARK: expressions

public class Expr: Node {}

public final class BadExpr: Expr {}

public final class Name: Expr {
    public var value: String
    public init(_ pos: Pos, _ value: String) { self.value = value; super.init(pos) }
}

public final class BasicLit: Expr {
    public var value: String
    public var kind: LiteralKind
    public var bad: Bool
    init(_ pos: Pos, value: String, kind: LiteralKind, bad: Bool) {
        self.value = value; self.kind = kind; self.bad = bad; super.init(pos)
    }
}

public final class CompositeLit: Expr {
    public var type: Expr?
    public var elems: [Expr] = []
    public var nKeys = 0
    public var rbrace: Pos = .none
}

public final class KeyValueExpr: Expr {
    public var key: Expr
    public var value: Expr
    init(_ pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos) }
}

public final class FuncLit: Expr {
    public var type: FuncType
    public var body: BlockStmt
    init(_ pos: Pos, type: FuncType, body: BlockStmt) { self.type = type; self.body = body; super.init(pos) }
}

public final class ParenExpr: Expr {
    public var x: Expr
    init(_ pos: Pos, _ x: Expr) { self.x = x; super.init(pos) }
}

public final class SelectorExpr: Expr {
    public var x: Expr
    public var sel: Name
    init(_ pos: Pos, x: Expr, sel: Name) { self.x = x; self.sel = sel; super.init(pos) }
}

/// `x[i]`, also an instantiation `f[T1, T2]` (index is then a ListExpr).
public final class IndexExpr: Expr {
    public var x: Expr
    public var index: Expr
    init(_ pos: Pos, x: Expr, index: Expr) { self.x = x; self.index = index; super.init(pos) }
}

public final class SliceExpr: Expr {
    public var x: Expr
    public var index: [Expr?] = [nil, nil, nil]
    public var full = false
    init(_ pos: Pos, x: Expr) { self.x = x; super.init(pos) }
}

public final class AssertExpr: Expr {
    public var x: Expr
    public var type: Expr
    init(_ pos: Pos, x: Expr, type: Expr) { self.x = x; self.type = type; super.init(pos) }
}

/// `x.(type)`, with `lhs` for `v := x.(type)`.
public final class TypeSwitchGuard: Expr {
    public var lhs: Name?
    public var x: Expr
    init(_ pos: Pos, x: Expr) { self.x = x; super.init(pos) }
}

public final class Operation: Expr {
    public var op: Operator
    public var x: Expr
    public var y: Expr?              // nil: unary
    init(_ pos: Pos, op: Operator, x: Expr, y: Expr? = nil) { self.op = op; self.x = x; self.y = y; super.init(pos) }
}

public final class CallExpr: Expr {
    public var fun: Expr
    public var args: [Expr] = []
    public var hasDots = false
    init(_ pos: Pos, fun: Expr) { self.fun = fun; super.init(pos) }
}

public final class ListExpr: Expr {
    public var elems: [Expr]
    init(_ pos: Pos, _ elems: [Expr]) { self.elems = elems; super.init(pos) }
}

public final class ArrayType: Expr {
    public var len: Expr?            // nil: [...]T
    public var elem: Expr
    init(_ pos: Pos, len: Expr?, elem: Expr) { self.len = len; self.elem = elem; super.init(pos) }
}

public final class SliceType: Expr {
    public var elem: Expr
    init(_ pos: Pos, elem: Expr) { self.elem = elem; super.init(pos) }
}

public final class DotsType: Expr {
    public var elem: Expr
    init(_ pos: Pos, elem: Expr) { self.elem = elem; super.init(pos) }
}

public final class StructType: Expr {
    public var fields: [Field] = []
    public var tags: [BasicLit?] = []  // tags[i] is field i's tag, if any
}

/// A struct field, parameter, interface method or embedded element.
public final class Field: Node {
    public var name: Name?
    public var type: Expr?           // shared by the names of one declaration
    init(_ pos: Pos, name: Name? = nil, type: Expr? = nil) { self.name = name; self.type = type; super.init(pos) }
}

public final class InterfaceType: Expr {
    public var methods: [Field] = []
}

public final class FuncType: Expr {
    public var params: [Field] = []
    public var results: [Field] = []
}

public final class MapType: Expr {
    public var key: Expr
    public var value: Expr
    init(_ pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos) }
}

public enum ChanDir: UInt8, Sendable {
    case both, sendOnly, recvOnly
}

public final class ChanType: Expr {
    public var dir: ChanDir
    public var elem: Expr
    init(_ pos: Pos, dir: ChanDir, elem: Expr) { self.dir = dir; self.elem = elem; super.init(pos) }
}

// MARK: statements

public class Stmt: Node {}
/// Statements allowed in headers (if, for, switch init) and select cases.
public class SimpleStmt: Stmt {}

public final class EmptyStmt: SimpleStmt {}

public final class LabeledStmt: Stmt {
    public var label: Name
    public var stmt: Stmt
    init(_ pos: Pos, label: Name, stmt: Stmt) { self.label = label; self.stmt = stmt; super.init(pos) }
}

public final class BlockStmt: Stmt {
    public var list: [Stmt] = []
    public var rbrace: Pos = .none
}

public final class ExprStmt: SimpleStmt {
    public var x: Expr
    init(_ pos: Pos, _ x: Expr) { self.x = x; super.init(pos) }
}

public final class SendStmt: SimpleStmt {
    public var chan: Expr
    public var value: Expr
    init(_ pos: Pos, chan: Expr, value: Expr) { self.chan = chan; self.value = value; super.init(pos) }
}

public final class DeclStmt: Stmt {
    public var decls: [Decl] = []
}

/// `lhs op= rhs`, `lhs = rhs` (op .none), `lhs := rhs` (op .def),
/// `lhs++`/`lhs--` (rhs nil, op .add/.sub).
public final class AssignStmt: SimpleStmt {
    public var op: Operator
    public var lhs: Expr
    public var rhs: Expr?
    init(_ pos: Pos, op: Operator, lhs: Expr, rhs: Expr?) { self.op = op; self.lhs = lhs; self.rhs = rhs; super.init(pos) }
}

public final class BranchStmt: Stmt {
    public var tok: Token            // break, continue, fallthrough, goto
    public var label: Name?
    init(_ pos: Pos, tok: Token) { self.tok = tok; super.init(pos) }
}

/// `go f()` or `defer f()`.
public final class CallStmt: Stmt {
    public var tok: Token
    public var call: Expr
    init(_ pos: Pos, tok: Token, call: Expr) { self.tok = tok; self.call = call; super.init(pos) }
}

public final class ReturnStmt: Stmt {
    public var results: Expr?
}

public final class IfStmt: Stmt {
    public var initStmt: SimpleStmt?
    public var cond: Expr?
    public var then: BlockStmt = BlockStmt(.none)
    public var elseStmt: Stmt?       // IfStmt or BlockStmt
}

public final class ForStmt: Stmt {
    public var initStmt: SimpleStmt? // includes RangeClause
    public var cond: Expr?
    public var post: SimpleStmt?
    public var body: BlockStmt = BlockStmt(.none)
}

public final class SwitchStmt: Stmt {
    public var initStmt: SimpleStmt?
    public var tag: Expr?            // includes TypeSwitchGuard
    public var body: [CaseClause] = []
    public var rbrace: Pos = .none
}

public final class SelectStmt: Stmt {
    public var body: [CommClause] = []
    public var rbrace: Pos = .none
}

public final class RangeClause: SimpleStmt {
    public var lhs: Expr?
    public var def = false
    public var x: Expr
    init(_ pos: Pos, lhs: Expr?, def: Bool, x: Expr) { self.lhs = lhs; self.def = def; self.x = x; super.init(pos) }
}

public final class CaseClause: Node {
    public var cases: Expr?          // nil: default
    public var body: [Stmt] = []
    public var colon: Pos = .none
}

public final class CommClause: Node {
    public var comm: SimpleStmt?     // nil: default
    public var body: [Stmt] = []
    public var colon: Pos = .none
}

// MARK: helpers

public func unparen(_ x: Expr) -> Expr {
    var x = x
    while let p = x as? ParenExpr { x = p.x }
    return x
}

public func unpackList(_ x: Expr?) -> [Expr] {
    guard let x else { return [] }
    if let l = x as? ListExpr { return l.elems }
    return [x]
}

/// The position where an expression starts (gc's StartPos): the leftmost token.
public func startPos(_ n: Node) -> Pos {
    var n: Node = n
    while true {
        switch n {
        case let x as CompositeLit: if let t = x.type { n = t } else { return x.pos }
        case let x as KeyValueExpr: n = x.key
        case let x as SelectorExpr: n = x.x
        case let x as IndexExpr: n = x.x
        case let x as AssertExpr: n = x.x
        case let x as TypeSwitchGuard: if let l = x.lhs { n = l } else { n = x.x }
        case let x as Operation: if x.y != nil { n = x.x } else { return x.pos }
        case let x as CallExpr: n = x.fun
        case let x as ListExpr: if let f = x.elems.first { n = f } else { return x.pos }
        case let x as AssignStmt: n = x.lhs
        case let x as SendStmt: n = x.chan
        case let x as RangeClause: if let l = x.lhs { n = l } else { n = x.x }
        default: return n.pos
        }
    }
}
