// Statements. Each statement releases its temporaries when it ends; a
// block releases its variables (FuncBuilder). Control flow uses labels
// patched at the end of the function.
//
// Loop variables are per iteration (Go 1.22): only observable when a
// variable lives in a cell, so a fresh cell is made for each iteration
// (copying the previous value before the post statement, as the spec says).

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    func block(_ list: [Stmt]) throws(CompileError) {
        let start = fb.top
        for s in list { try stmt(s) }
        fb.top = start
    }

    func stmt(_ s: Stmt) throws(CompileError) {
        fb.line(s.pos)
        switch s {
        case is EmptyStmt: break
        case let b as BlockStmt: try block(b.list)
        case let e as ExprStmt:
            let mark = fb.top
            if let c = unparen(e.x) as? CallExpr {
                if isTypeExpr(c.fun) { _ = try valueSlots(c) }
                else if let b = builtinID(c.fun) {
                    let t = try fb.alloc(max(TypeTable.slots(typeOf(c)), 1))
                    try builtin(b, c, into: t)
                } else if let t = tvType(c), !(t is Tuple), TypeTable.slots(t) > 0 {
                    // one result, dropped: compiled as the expression (errors.As is inline there)
                    try callExpr(c, into: try fb.alloc(TypeTable.slots(t)))
                } else { try call(c) }
            } else {
                _ = try valueSlots(e.x)
            }
            fb.top = mark
        case let a as AssignStmt: try assign(a)
        case let d as DeclStmt: try declStmt(d)
        case let r as ReturnStmt: try returnStmt(r)
        case let i as IfStmt: try ifStmt(i)
        case let f as ForStmt: try forStmt(f, label: nil)
        case let sw as SwitchStmt: try switchStmt(sw, label: nil)
        case let l as LabeledStmt: try labeled(l)
        case let b as BranchStmt: try branch(b)
        case let c as CallStmt:
            try deferStmt(c)
        case let st as SendStmt:
            let mark = fb.top
            guard let ct = typeOf(st.chan).underlying as? Chan else { throw CompileError(st.pos, "gosub: internal error: send") }
            let ch = try valueSlots(st.chan)
            let v = try valueSlots(st.value, ct.elem)
            fb.line(st.pos)
            fb.emit(.chanSend, ch, v)
            fb.top = mark
        case let sel as SelectStmt: try selectStmt(sel, label: nil)
        default: throw CompileError.unsupported(s.pos, "this statement is")
        }
    }

    // MARK: declarations

    /// A new local variable: a frame slot, or a cell if it escapes.
    func declare(_ v: Var) throws(CompileError) -> Place {
        let t = vt(v)
        try checkSupported(t, pos: v.pos)
        if heapVars.contains(ObjectIdentifier(v)) {
            let c = try fb.alloc(1)
            vars[ObjectIdentifier(v)] = .cell(c)
            return .mem(c, 0)
        }
        let s = try fb.alloc(TypeTable.slots(t))
        vars[ObjectIdentifier(v)] = .frame(s)
        return .reg(s)
    }

    /// Initializes a just-declared variable (allocating its cell).
    func initVar(_ v: Var, _ p: Place, from src: Int?) throws(CompileError) {
        let t = vt(v)
        if case .cell(let c)? = vars[ObjectIdentifier(v)] { try newObject(c, t, for: v, overwritten: src != nil) }
        if let src { try storeTo(p, t, from: src) } else if case .reg = p { try zeroPlace(p, t) }
    }

    func declStmt(_ d: DeclStmt) throws(CompileError) {
        for decl in d.decls {
            guard let vd = decl as? VarDecl else { continue }   // const and type declarations need no code
            let vs = vd.names.map { checker.defs[ObjectIdentifier($0)] as? Var }
            let values = unpackList(vd.values)
            if values.isEmpty {
                for v in vs { if let v { try initVar(v, try declare(v), from: nil) } }
                continue
            }
            // evaluate first (the new names are not in scope in their initializers);
            // the variables are declared above the temporaries
            let types = vs.enumerated().map { i, v in v.map { vt($0) } ?? typeOf(values[min(i, values.count - 1)]) }
            let srcs = try rhsValues(values, types: types)
            for (i, v) in vs.enumerated() {
                guard let v else { continue }
                try initVar(v, try declare(v), from: srcs[i])
            }
        }
    }

    // MARK: assignments

    func assign(_ a: AssignStmt) throws(CompileError) {
        let lhs = unpackList(a.lhs)
        if a.rhs == nil {
            // x++ / x--
            return try opAssign(lhs[0], a.op == .add ? .add : .sub, nil, at: a)
        }
        let rhs = unpackList(a.rhs)
        if a.op != .none && a.op != .def {
            return try opAssign(lhs[0], a.op, rhs[0], at: a)
        }
        let mark = fb.top
        if a.op == .def {
            // new variables on the left are declared; others are assigned
            var newVars: [Var?] = []
            for l in lhs {
                if let n = l as? Name, let v = checker.defs[ObjectIdentifier(n)] as? Var { newVars.append(v) } else { newVars.append(nil) }
            }
            if rhs.count == lhs.count && lhs.count == 1, let v = newVars[0] {
                // x := e: evaluate straight into the new variable
                let p = try declare(v)
                let m2 = fb.top
                if case .reg(let s) = p {
                    try expr(rhs[0], into: s, as: vt(v))
                } else {
                    let src = try valueSlots(rhs[0], vt(v))
                    try initVar(v, p, from: src)
                }
                fb.top = m2
                return
            }
            // a redeclared variable's name is a use: its type is the variable's
            func lhsType(_ l: Expr) -> GoType {
                if let n = l as? Name, n.value != "_", let v = obj(n) as? Var { return vt(v) }
                return typeOf(l)
            }
            let srcs = try rhsValues(rhs, types: lhs.enumerated().map { i, l in newVars[i].map { vt($0) } ?? lhsType(l) })
            var assigns: [(Place, GoType, Int)] = []
            for (i, l) in lhs.enumerated() where newVars[i] == nil {
                if let n = l as? Name, n.value == "_" { continue }
                assigns.append((try place(l), lhsType(l), srcs[i]))
            }
            // new variables go above everything evaluated so far
            for (i, v) in newVars.enumerated() {
                guard let v else { continue }
                let p = try declare(v)
                try initVar(v, p, from: srcs[i])
            }
            for (p, t, s) in assigns { try storeTo(p, t, from: s) }
            let keep = fb.top
            _ = keep
            return   // variables stay allocated
        }
        // plain assignment: left operands first, then right values, then stores in order
        if lhs.count == 1 && rhs.count == 1 {
            let l = lhs[0]
            if let n = unparen(l) as? Name, n.value == "_" {
                _ = try valueSlots(rhs[0]); fb.top = mark; return
            }
            let p = try place(l)
            let t = typeOf(l)
            if case .reg(let s) = p, TypeTable.slots(t) <= 1 {
                try expr(rhs[0], into: s, as: t)
            } else {
                let v = try valueSlots(rhs[0], t)
                try storeTo(p, t, from: v)
            }
            fb.top = mark
            return
        }
        var places: [(Place, GoType)?] = []
        for l in lhs {
            if let n = unparen(l) as? Name, n.value == "_" { places.append(nil); continue }
            places.append((try place(l), typeOf(l)))
        }
        let srcs = try rhsValues(rhs, types: lhs.map { typeOf($0) })
        for (i, p) in places.enumerated() {
            guard let (pl, t) = p else { continue }
            try storeTo(pl, t, from: srcs[i])
        }
        fb.top = mark
    }

    /// Right-hand values into fresh temporaries (so parallel assignment sees old values).
    func rhsValues(_ rhs: [Expr], types: [GoType]) throws(CompileError) -> [Int] {
        if rhs.count == 1 && types.count > 1 {
            let vals = try multiValue(rhs[0])
            // the values' own types (a call's results; a comma-ok form's value and bool), converted to the targets'
            var from = (tvType(rhs[0]) as? Tuple)?.vars.map { sub($0.type!) } ?? []
            if from.count != vals.count { from = [typeOf(rhs[0]), Universe.bool] }
            var out: [Int] = []
            for (i, v) in vals.enumerated() {
                let t = try fb.alloc(TypeTable.slots(types[i]))
                try convertSlots(v, from: i < from.count ? from[i] : types[i], to: types[i], into: t)
                out.append(t)
            }
            return out
        }
        var out: [Int] = []
        for (i, e) in rhs.enumerated() {
            let t = try fb.alloc(TypeTable.slots(types[i]))
            try expr(e, into: t, as: types[i])
            out.append(t)
        }
        return out
    }

    func opAssign(_ l: Expr, _ op: Operator, _ r: Expr?, at: Node) throws(CompileError) {
        let mark = fb.top
        let t = typeOf(l)
        let p = try place(l)
        // a scalar variable in the frame is updated in place (operands are read before the result is written)
        var inPlace = -1
        if case .reg(let s) = p, TypeTable.slots(t) == 1 { inPlace = s }
        let cur = inPlace >= 0 ? inPlace : try fb.alloc(TypeTable.slots(t))
        if inPlace < 0 { try loadFrom(p, t, into: cur) }
        let res = inPlace >= 0 ? inPlace : try fb.alloc(TypeTable.slots(t))
        if let r {
            if op == .shl || op == .shr {
                let b = try valueSlots(r)
                if TypeTable.kind(typeOf(r)).isSigned && tv(r)?.value == nil { fb.emit(.shiftChk, b) }
                let k = TypeTable.kind(t)
                if op == .shl { fb.emit(.shl, res, cur, b); normalize(k, res) } else { fb.emit(k.isSigned ? .shrS : .shrU, res, cur, b) }
            } else {
                let v = try valueSlots(r, t)
                try arith(op, t, res, cur, v, at: at)
            }
        } else {
            let k = TypeTable.kind(t)
            if k == .float64 || k == .float32 {
                let one = try fb.alloc(1)
                try constant(.int(1), t, into: one, at: at)
                try arith(op, t, res, cur, one, at: at)
            } else {
                fb.emit(.addIK, res, cur, op == .add ? 1 : -1)
                normalize(k, res)
            }
        }
        if inPlace < 0 { try storeTo(p, t, from: res) }
        fb.top = mark
    }

    // MARK: return

    func returnStmt(_ r: ReturnStmt) throws(CompileError) {
        let mark = fb.top
        let results = unpackList(r.results)
        if rangeBody != nil {
            // leaving the enclosing function from a range-over-func body
            try returnValues(results.isEmpty ? nil : try rhsValues(results, types: returnTypes))
            fb.top = mark
            return
        }
        let rtypes = sig.results.vars.map { $0.type! }
        if !results.isEmpty {
            var srcs: [Int]
            if results.count == 1 && rtypes.count == 1 && resultVars.isEmpty {
                // straight into the result slot
                try expr(results[0], into: resultSlot, as: rtypes[0])
                srcs = []
            } else {
                srcs = try rhsValues(results, types: rtypes)
            }
            if !srcs.isEmpty {
                var slot = resultSlot
                for (i, t) in rtypes.enumerated() {
                    if i < resultVars.count, let loc = vars[ObjectIdentifier(resultVars[i])], case .cell(let c) = loc {
                        try storeTo(.mem(c, 0), t, from: srcs[i])
                    } else {
                        try move(slot, srcs[i], TypeTable.slots(t))
                    }
                    slot += TypeTable.slots(t)
                }
            }
        }
        try emitReturn()
        fb.top = mark
    }

    // MARK: if

    func ifStmt(_ s: IfStmt) throws(CompileError) {
        let start = fb.top
        if let i = s.initStmt { try stmt(i) }
        let elseL = fb.newLabel(), end = fb.newLabel()
        try condJump(s.cond!, falseTo: elseL)
        try block(s.then.list)
        if let e = s.elseStmt {
            fb.jump(end)
            fb.bind(elseL)
            try stmt(e)
        } else {
            fb.bind(elseL)
        }
        fb.bind(end)
        fb.top = start
    }

    /// Jumps to `falseTo` when cond is false; falls through otherwise.
    func condJump(_ cond: Expr, falseTo: Int) throws(CompileError) {
        let c = unparen(cond)
        let mark = fb.top
        defer { fb.top = mark }
        if let v = tv(c)?.value {
            if !v.boolValue { fb.jump(falseTo) }
            return
        }
        if let o = c as? Operation, let y = o.y {
            switch o.op {
            case .andAnd:
                try condJump(o.x, falseTo: falseTo)
                try condJump(y, falseTo: falseTo)
                return
            case .orOr:
                let t = fb.newLabel(), f = fb.newLabel()
                try condJump(o.x, falseTo: f)
                fb.jump(t)
                fb.bind(f)
                try condJump(y, falseTo: falseTo)
                fb.bind(t)
                return
            case .lss, .leq, .gtr, .geq:
                let k = TypeTable.kind(typeOf(o.x))
                if k.isSigned {
                    let a = try valueSlots(o.x), b = try valueSlots(y)
                    // false when: a<b fails <=> b<=a
                    switch o.op {
                    case .lss: fb.jumpCmp(.jleI, b, a, falseTo)
                    case .leq: fb.jumpCmp(.jltI, b, a, falseTo)
                    case .gtr: fb.jumpCmp(.jleI, a, b, falseTo)
                    default: fb.jumpCmp(.jltI, a, b, falseTo)
                    }
                    return
                }
            default: break
            }
        }
        if let o = c as? Operation, o.y == nil, o.op == .not {
            let t = fb.newLabel()
            try condJump(o.x, falseTo: t)
            fb.jump(falseTo)
            fb.bind(t)
            return
        }
        let v = try valueSlots(c)
        fb.jumpIf(v, falseTo, when: false)
    }
}
