// A pre-order walk over statements and expressions (go/ast.Inspect): the
// visitor returns false to skip a node's children. Type expressions are
// walked too; the visitors ignore what they do not care about.

import Syntax

func walk(_ n: Node?, _ visit: (Node) -> Bool) {
    guard let n else { return }
    if !visit(n) { return }
    switch n {
    case let x as CompositeLit: walk(x.type, visit); for e in x.elems { walk(e, visit) }
    case let x as KeyValueExpr: walk(x.key, visit); walk(x.value, visit)
    case let x as FuncLit: walk(x.body, visit)
    case let x as ParenExpr: walk(x.x, visit)
    case let x as SelectorExpr: walk(x.x, visit)
    case let x as IndexExpr: walk(x.x, visit); walk(x.index, visit)
    case let x as SliceExpr: walk(x.x, visit); for e in x.index { walk(e, visit) }
    case let x as AssertExpr: walk(x.x, visit)
    case let x as TypeSwitchGuard: walk(x.x, visit)
    case let x as Operation: walk(x.x, visit); walk(x.y, visit)
    case let x as CallExpr: walk(x.fun, visit); for a in x.args { walk(a, visit) }
    case let x as ListExpr: for e in x.elems { walk(e, visit) }
    case let x as LabeledStmt: walk(x.stmt, visit)
    case let x as BlockStmt: for s in x.list { walk(s, visit) }
    case let x as ExprStmt: walk(x.x, visit)
    case let x as SendStmt: walk(x.chan, visit); walk(x.value, visit)
    case let x as DeclStmt:
        for d in x.decls {
            if let v = d as? VarDecl { for nm in v.names { walk(nm, visit) }; walk(v.values, visit) }
        }
    case let x as AssignStmt: walk(x.lhs, visit); walk(x.rhs, visit)
    case let x as CallStmt: walk(x.call, visit)
    case let x as ReturnStmt: walk(x.results, visit)
    case let x as IfStmt: walk(x.initStmt, visit); walk(x.cond, visit); walk(x.then, visit); walk(x.elseStmt, visit)
    case let x as ForStmt: walk(x.initStmt, visit); walk(x.cond, visit); walk(x.post, visit); walk(x.body, visit)
    case let x as SwitchStmt:
        walk(x.initStmt, visit); walk(x.tag, visit)
        for c in x.body { walk(c.cases, visit); for s in c.body { walk(s, visit) } }
    case let x as SelectStmt:
        for c in x.body { walk(c.comm, visit); for s in c.body { walk(s, visit) } }
    case let x as RangeClause: walk(x.lhs, visit); walk(x.x, visit)
    default: break
    }
}
