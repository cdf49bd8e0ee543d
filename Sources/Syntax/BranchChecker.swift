// Checks labels and branch statements of one function body, as gc's parser
// does after a clean parse (cmd/compile/internal/syntax/branches.go): break
// and continue targets, fallthrough placement, goto over variable
// declarations and into blocks, undefined, duplicate and unused labels.

import Base

final class BranchChecker {
    final class Block {
        let parent: Block?
        let start: Pos
        let lstmt: LabeledStmt?
        init(parent: Block?, start: Pos, lstmt: LabeledStmt?) { self.parent = parent; self.start = start; self.lstmt = lstmt }
    }
    final class Label {
        let parent: Block
        let lstmt: LabeledStmt
        var used = false
        init(parent: Block, lstmt: LabeledStmt) { self.parent = parent; self.lstmt = lstmt }
    }
    struct Targets {
        var breaks: Stmt?
        var continues: ForStmt?
        var caseIndex: Int
    }

    let errors: DiagnosticList
    let fileName: String
    var labels: [String: Label] = [:]
    var labelOrder: [Label] = []

    init(errors: DiagnosticList, fileName: String) { self.errors = errors; self.fileName = fileName }

    static func check(_ body: BlockStmt, errors: DiagnosticList, fileName: String = "") {
        let c = BranchChecker(errors: errors, fileName: fileName)
        let fwd = c.blockBranches(nil, Targets(breaks: nil, continues: nil, caseIndex: -1), nil, body.pos, body.list)
        for g in fwd {
            guard let name = g.label?.value else { continue }
            if let l = c.labels[name] {
                l.used = true
                c.err(g.label!.pos, "goto \(name) jumps into block starting at \(c.posString(l.parent.start))")
            } else {
                c.err(g.label!.pos, "label \(name) not defined")
            }
        }
        for l in c.labelOrder where !l.used {
            c.err(l.lstmt.label.pos, "label \(l.lstmt.label.value) defined and not used")
        }
    }

    func err(_ pos: Pos, _ msg: String) { errors.report(pos, msg) }

    func posString(_ p: Pos) -> String {
        fileName.isEmpty ? "\(p.line):\(p.col)" : "\(fileName):\(p.line):\(p.col)"
    }

    func declare(_ b: Block, _ s: LabeledStmt) -> Label {
        let name = s.label.value
        if let alt = labels[name] {
            err(s.label.pos, "label \(name) already defined at \(posString(alt.lstmt.label.pos))")
            return alt
        }
        let l = Label(parent: b, lstmt: s)
        labels[name] = l
        labelOrder.append(l)
        return l
    }

    func gotoTarget(_ b: Block, _ name: String) -> LabeledStmt? {
        guard let l = labels[name] else { return nil }
        l.used = true
        var b: Block? = b
        while let bb = b {
            if l.parent === bb { return l.lstmt }
            b = bb.parent
        }
        return nil
    }

    enum Enclosing { case none, invalid, found(LabeledStmt) }

    func enclosingTarget(_ b: Block, _ name: String) -> Enclosing {
        guard let l = labels[name] else { return .none }
        l.used = true
        var b: Block? = b
        while let bb = b {
            if l.lstmt === bb.lstmt { return .found(l.lstmt) }
            b = bb.parent
        }
        return .invalid
    }

    func blockBranches(_ parent: Block?, _ ctxt: Targets, _ lstmt0: LabeledStmt?, _ start: Pos, _ body: [Stmt]) -> [BranchStmt] {
        let b = Block(parent: parent, start: start, lstmt: lstmt0)
        var varPos = Pos.none
        var varName: Expr?
        var fwdGotos: [BranchStmt] = []
        var badGotos: [BranchStmt] = []
        var list = body
        while let last = list.last, last is EmptyStmt { list.removeLast() }

        func innerBlock(_ ctxt: Targets, _ start: Pos, _ body: [Stmt], _ lstmt: LabeledStmt?) {
            fwdGotos.append(contentsOf: blockBranches(b, ctxt, lstmt, start, body))
        }

        for (stmtIndex, stmt0) in list.enumerated() {
            var lstmt: LabeledStmt?
            var stmt = stmt0
            while true {
                if let l = stmt as? LabeledStmt {
                    let name = l.label.value
                    if name != "_" {
                        let lab = declare(b, l)
                        var keep: [BranchStmt] = []
                        for fwd in fwdGotos {
                            if fwd.label?.value == name {
                                lab.used = true
                                if varPos.isKnown && badGotos.contains(where: { $0 === fwd }) {
                                    err(fwd.label!.pos, "goto \(name) jumps over declaration of \(exprString(varName)) at \(posString(varPos))")
                                }
                            } else {
                                keep.append(fwd)
                            }
                        }
                        fwdGotos = keep
                        lstmt = l
                    }
                    stmt = l.stmt
                    continue
                }
                break
            }
            switch stmt {
            case let d as DeclStmt:
                if let v = d.decls.first(where: { $0 is VarDecl }) as? VarDecl {
                    varPos = v.pos
                    varName = v.names.first
                    badGotos = fwdGotos
                }
            case let s as BranchStmt:
                guard let label = s.label else {
                    switch s.tok {
                    case .kwBreak:
                        if ctxt.breaks == nil { err(s.pos, "break is not in a loop, switch, or select") }
                    case .kwContinue:
                        if ctxt.continues == nil { err(s.pos, "continue is not in a loop") }
                    case .kwFallthrough:
                        var msg: String? = "fallthrough statement out of place"
                        if let t = ctxt.breaks as? SwitchStmt {
                            if t.tag is TypeSwitchGuard {
                                msg = "cannot fallthrough in type switch"
                            } else if ctxt.caseIndex < 0 || stmtIndex + 1 < list.count {
                                // out of place
                            } else if ctxt.caseIndex + 1 == t.body.count {
                                msg = "cannot fallthrough final case in switch"
                            } else {
                                msg = nil
                            }
                        }
                        if let msg { err(s.pos, msg) }
                    default:
                        break
                    }
                    break
                }
                let name = label.value
                switch s.tok {
                case .kwBreak:
                    switch enclosingTarget(b, name) {
                    case .found(let t):
                        if !(t.stmt is SwitchStmt || t.stmt is SelectStmt || t.stmt is ForStmt) {
                            err(label.pos, "invalid break label \(name)")
                        }
                    case .invalid: err(label.pos, "invalid break label \(name)")
                    case .none: err(label.pos, "break label not defined: \(name)")
                    }
                case .kwContinue:
                    switch enclosingTarget(b, name) {
                    case .found(let t):
                        if !(t.stmt is ForStmt) { err(label.pos, "invalid continue label \(name)") }
                    case .invalid: err(label.pos, "invalid continue label \(name)")
                    case .none: err(label.pos, "continue label not defined: \(name)")
                    }
                case .kwGoto:
                    if gotoTarget(b, name) == nil { fwdGotos.append(s) }
                default:
                    break
                }
            case let a as AssignStmt:
                if a.op == .def {
                    varPos = a.pos
                    varName = a.lhs
                    badGotos = fwdGotos
                }
            case let s as BlockStmt:
                innerBlock(Targets(breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1), s.pos, s.list, lstmt)
            case let s as IfStmt:
                let inner = Targets(breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1)
                innerBlock(inner, s.then.pos, s.then.list, lstmt)
                if let e = s.elseStmt { innerBlock(inner, e.pos, [e], lstmt) }
            case let s as ForStmt:
                innerBlock(Targets(breaks: s, continues: s, caseIndex: -1), s.body.pos, s.body.list, lstmt)
            case let s as SwitchStmt:
                for (i, cc) in s.body.enumerated() {
                    innerBlock(Targets(breaks: s, continues: ctxt.continues, caseIndex: i), cc.pos, cc.body, lstmt)
                }
            case let s as SelectStmt:
                for cc in s.body {
                    innerBlock(Targets(breaks: s, continues: ctxt.continues, caseIndex: -1), cc.pos, cc.body, lstmt)
                }
            default:
                break
            }
        }
        return fwdGotos
    }
}
