// Terminating statements (spec: "Terminating statements"): decides whether
// a function body can end without a return, for "missing return".

import Syntax

extension Checker {
    func isTerminating(_ s: Stmt, label: String) -> Bool {
        switch s {
        case is ReturnStmt:
            return true
        case let b as BranchStmt:
            return b.tok == .kwGoto || b.tok == .kwFallthrough
        case let e as ExprStmt:
            if let c = unparen(e.x) as? CallExpr, calleeBuiltin(c.fun) == .panic { return true }
            return false
        case let l as LabeledStmt:
            return isTerminating(l.stmt, label: l.label.value)
        case let b as BlockStmt:
            return isTerminatingList(b.list, label: "")
        case let i as IfStmt:
            guard let e = i.elseStmt else { return false }
            return isTerminatingList(i.then.list, label: "") && isTerminating(e, label: "")
        case let sw as SwitchStmt:
            var hasDefault = false
            for c in sw.body {
                if c.cases == nil { hasDefault = true }
                if !isTerminatingList(c.body, label: "") || hasBreakList(c.body, label: label, implicit: true) { return false }
            }
            return hasDefault
        case let sel as SelectStmt:
            for c in sel.body {
                if !isTerminatingList(c.body, label: "") || hasBreakList(c.body, label: label, implicit: true) { return false }
            }
            return true
        case let f as ForStmt:
            if f.initStmt is RangeClause { return false }
            if f.cond != nil { return false }
            return !hasBreak(f.body, label: label, implicit: true)
        default:
            return false
        }
    }

    func isTerminatingList(_ list: [Stmt], label: String) -> Bool {
        var l = list
        while let last = l.last, last is EmptyStmt { l.removeLast() }
        guard let last = l.last else { return false }
        return isTerminating(last, label: label)
    }

    /// Whether s contains a break out of the enclosing statement (unlabeled when implicit, or labeled).
    func hasBreak(_ s: Stmt, label: String, implicit: Bool) -> Bool {
        switch s {
        case let b as BranchStmt:
            if b.tok == .kwBreak {
                if b.label == nil { return implicit }
                return b.label!.value == label
            }
            return false
        case let l as LabeledStmt:
            return hasBreak(l.stmt, label: label, implicit: implicit)
        case let b as BlockStmt:
            return hasBreakList(b.list, label: label, implicit: implicit)
        case let i as IfStmt:
            return hasBreakList(i.then.list, label: label, implicit: implicit) || (i.elseStmt.map { hasBreak($0, label: label, implicit: implicit) } ?? false)
        case let c as SwitchStmt:
            return !label.isEmpty && c.body.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let c as SelectStmt:
            return !label.isEmpty && c.body.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let f as ForStmt:
            return !label.isEmpty && hasBreak(f.body, label: label, implicit: false)
        default:
            return false
        }
    }

    func hasBreakList(_ list: [Stmt], label: String, implicit: Bool) -> Bool {
        list.contains { hasBreak($0, label: label, implicit: implicit) }
    }
}
