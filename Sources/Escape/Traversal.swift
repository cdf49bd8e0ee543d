// This file implements a pre-order traversal of the syntax tree, used to
// collect functions, variables and closure captures before the walk.

import Syntax

/// Calls `f` on `n` and, when it returns true, on every child, in source order.
func visit(_ n: Node?, _ f: (Node) -> Bool) {
    guard let n else { return }
    guard f(n) else { return }
    switch n {
    case let x as FuncDecl:
        for p in x.type.params { visit(p, f) }
        for r in x.type.results { visit(r, f) }
        visit(x.body, f)
    case let x as Field:
        visit(x.name, f)
    case let x as CompositeLit:
        for e in x.elems { visit(e, f) }
    case let x as KeyValueExpr:
        visit(x.key, f); visit(x.value, f)
    case let x as FuncLit:
        for p in x.type.params { visit(p, f) }
        for r in x.type.results { visit(r, f) }
        visit(x.body, f)
    case let x as ParenExpr: visit(x.x, f)
    case let x as SelectorExpr: visit(x.x, f); visit(x.sel, f)
    case let x as IndexExpr: visit(x.x, f); visit(x.index, f)
    case let x as SliceExpr:
        visit(x.x, f)
        for i in x.index { visit(i, f) }
    case let x as AssertExpr: visit(x.x, f)
    case let x as TypeSwitchGuard: visit(x.lhs, f); visit(x.x, f)
    case let x as Operation: visit(x.x, f); visit(x.y, f)
    case let x as CallExpr:
        visit(x.fun, f)
        for a in x.args { visit(a, f) }
    case let x as ListExpr:
        for e in x.elems { visit(e, f) }
    case let x as LabeledStmt: visit(x.stmt, f)
    case let x as BlockStmt:
        for s in x.list { visit(s, f) }
    case let x as ExprStmt: visit(x.x, f)
    case let x as SendStmt: visit(x.chan, f); visit(x.value, f)
    case let x as DeclStmt:
        for d in x.decls { visit(d, f) }
    case let x as VarDecl:
        for nm in x.names { visit(nm, f) }
        visit(x.values, f)
    case is ConstDecl:
        break
    case let x as AssignStmt: visit(x.lhs, f); visit(x.rhs, f)
    case let x as CallStmt: visit(x.call, f)
    case let x as ReturnStmt: visit(x.results, f)
    case let x as IfStmt:
        visit(x.initStmt, f); visit(x.cond, f); visit(x.then, f); visit(x.elseStmt, f)
    case let x as ForStmt:
        visit(x.initStmt, f); visit(x.cond, f); visit(x.post, f); visit(x.body, f)
    case let x as SwitchStmt:
        visit(x.initStmt, f); visit(x.tag, f)
        for c in x.body { visit(c, f) }
    case let x as SelectStmt:
        for c in x.body { visit(c, f) }
    case let x as RangeClause: visit(x.lhs, f); visit(x.x, f)
    case let x as CaseClause:
        visit(x.cases, f)
        for s in x.body { visit(s, f) }
    case let x as CommClause:
        visit(x.comm, f)
        for s in x.body { visit(s, f) }
    default:
        break
    }
}
