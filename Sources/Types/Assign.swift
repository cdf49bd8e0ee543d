// Assignments and variable initialization: `assignment` converts an operand
// for a target type with types2's "cannot use X as T value in CONTEXT"
// message; initVar(s) and assignVar(s) handle declarations and `=`, `:=`,
// with the arity messages ("assignment mismatch: 2 variables but f()
// returns 1 value").

import Base
import Syntax
import Constant

extension Checker {
    /// `context` is built only when an error is reported (it may quote a long expression).
    func assignment(_ x: inout Operand, _ T: GoType?, context contextText: @autoclosure () -> String) {
        var context: String { contextText() }
        singleValue(&x)
        switch x.mode {
        case .invalid: return
        case .constant, .variable, .mapindex, .value, .commaok, .nilvalue: break
        default:
            errorf(x, "cannot assign \(describe(x)) to \(T.map(typeString) ?? "_") in \(context)")
            x.mode = .invalid
            return
        }
        if isUntyped(x.type) {
            // a non-constant shift takes the type its left operand would have here:
            // the target's, or its default type for an interface or no target
            if x.mode != .constant && isNumeric(x.type) {
                let shiftTarget = T.flatMap { isInterface($0) && !($0 is TypeParam) ? nil : $0 } ?? defaultType(x.type)
                if !checkUntypedShift(x.expr, shiftTarget) {
                    x.mode = .invalid
                    return
                }
            }
            var target = T
            if x.isNil {
                if T == nil {
                    errorf(x, "use of untyped nil in \(context)")
                    x.mode = .invalid
                    return
                }
            } else if T == nil || (isInterface(T!) && !(T! is TypeParam)) {
                target = defaultType(x.type)
            }
            let (nt, v, code) = implicitTypeAndValue(x, target!)
            guard let nt, code == .ok else {
                var msg = "cannot use \(describe(x)) as \(typeString(target!)) value in \(context)"
                if code == .truncated { msg += " (truncated)" } else if code == .overflows { msg += " (overflows)" }
                errorf(x, msg)
                x.mode = .invalid
                return
            }
            if let v { x.val = v }
            if nt !== x.type {
                x.type = nt
                record(x)
            }
        }
        if let sig = x.type.underlying as? Signature, !sig.tparams.isEmpty {
            // reverse inference from the target's function type: var f func([]int) int = First
            if let T, let tsig = coreType(T) as? Signature, tsig.tparams.isEmpty {
                var u = Unifier(sig.tparams)
                if u.unify(sig, tsig, exact: true), u.unknowns == 0 {
                    var m: [ObjectIdentifier: GoType] = [:]
                    for tp in sig.tparams { m[ObjectIdentifier(tp)] = u.at(tp)! }
                    x.type = instantiateSignature(sig, m)
                }
            }
            if let s = x.type as? Signature, !s.tparams.isEmpty {
                errorf(x, "cannot use generic function \(exprString(x.expr)) without instantiation in \(context)")
                x.mode = .invalid
                return
            }
        }
        guard let T else { return }
        var cause = ""
        let ok = assignableTo(x, T, cause: &cause)
        if !ok {
            if cause.isEmpty {
                errorf(x, "cannot use \(describe(x)) as \(typeString(T)) value in \(context)")
            } else {
                errorf(x, "cannot use \(describe(x)) as \(typeString(T)) value in \(context): \(cause)")
            }
            x.mode = .invalid
        }
    }

    /// Reports a variable whose type does not fit in the address space (gc reports this after checking).
    func checkVarSize(_ v: Var) {
        guard let t = v.type, isValid(t), !Layout.fits(t) else { return }
        oversized.append((v.pos, "type \(typeString(t)) larger than address space"))
    }

    /// Initializes v with x; v's type is x's (default) type if v has none yet.
    func initVar(_ v: Var, _ x: inout Operand, context: String) {
        if x.isInvalid || !isValid(x.type) || v.type.map({ !isValid($0) }) == true {
            if v.type == nil { v.type = Universe.invalid }
            return
        }
        if v.type == nil {
            var t = x.type
            if isUntyped(t) {
                if x.isNil {
                    errorf(x, "use of untyped nil in \(context)")
                    v.type = Universe.invalid
                    return
                }
                t = defaultType(t)
                if x.mode != .constant && !checkUntypedShift(x.expr, t) {
                    v.type = Universe.invalid
                    return
                }
            }
            v.type = t
        }
        assignment(&x, v.type, context: context)
    }

    /// Initializes lhs from rhs expressions (multi-variable declarations and `:=`).
    func initVars(_ lhs: [Var], _ rhs: [Expr], returnStmt: Node?) {
        let context = returnStmt != nil ? "return statement" : lhs.count > 1 ? "multiple assignment" : "assignment"
        let isCall = rhs.count == 1 && unparen(rhs[0]) is CallExpr
        if lhs.count == rhs.count && !isCall {
            for (v, e) in zip(lhs, rhs) {
                var x = exprWithHint(e, v.type)
                initVar(v, &x, context: context)
            }
            return
        }
        if rhs.count != 1 {
            for e in rhs { _ = expr(e) }
            reportAssignMismatch(at: rhs.first ?? BadExpr(.none), vars: lhs.count, valueCount: rhs.count, call: nil)
            for v in lhs where v.type == nil { v.type = Universe.invalid }
            return
        }
        let xs = multiExprCommaOk(rhs[0], want: lhs.count)
        if xs.count == lhs.count {
            for (v, x0) in zip(lhs, xs) {
                var x = x0
                initVar(v, &x, context: context)
            }
            return
        }
        if !xs[0].isInvalid {
            reportAssignMismatch(at: rhs[0], vars: lhs.count, valueCount: xs.count, call: rhs[0])
        }
        for v in lhs where v.type == nil { v.type = Universe.invalid }
    }

    /// Evaluates a single rhs expression that must provide `want` values
    /// (a call, or a comma-ok form when want == 2).
    func multiExprCommaOk(_ e: Expr, want: Int) -> [Operand] {
        var x = Operand()
        rawExpr(&x, e, hint: nil, allowGeneric: false)
        exclude(&x, type: true, novalue: true, builtin: true)
        if x.isInvalid { return [x] }
        if let t = x.type as? Tuple, x.mode == .value {
            // each value is named for messages as types2 does: "2nd function result"
            return t.vars.enumerated().map { i, v in
                Operand(mode: .value, expr: Name(startPos(e), nth(i + 1) + " function result"), type: v.type!)
            }
        }
        if want == 2 && (x.mode == .commaok || x.mode == .mapindex) {
            let ok = Operand(mode: .value, expr: Name(startPos(e), "ok value of (comma, ok) expression"), type: Universe.untypedBool)
            return [x, ok]
        }
        return [x]
    }

    /// types2's assignError: "assignment mismatch: 2 variables but f returns 1 value".
    func reportAssignMismatch(at: Node, vars: Int, valueCount: Int, call: Expr?) {
        let v = vars == 1 ? "1 variable" : "\(vars) variables"
        let n = valueCount == 1 ? "1 value" : "\(valueCount) values"
        if let call, let c = unparen(call) as? CallExpr {
            error(at, "assignment mismatch: \(v) but \(exprString(c.fun)) returns \(n)")
        } else {
            error(at, "assignment mismatch: \(v) but \(n)")
        }
    }

    // MARK: assignments to existing variables

    /// The type of lhs for assignment, or nil for `_`; reports non-assignable operands.
    func lhsVar(_ lhs: Expr) -> GoType? {
        if let n = unparen(lhs) as? Name, n.value == "_" {
            recordDef(n, nil)
            return nil
        }
        // an identifier on the left does not count as a use
        var v: Var?
        var wasUsed = false
        if let n = unparen(lhs) as? Name, let (_, obj) = env.scope.lookupParent(n.value), let vv = obj as? Var, vv.pkg === pkg {
            v = vv
            wasUsed = vv.used
        }
        var x = expr(lhs)
        if let v { v.used = wasUsed }
        if x.isInvalid { return Universe.invalid }
        switch x.mode {
        case .variable, .mapindex:
            return x.type
        default:
            if let s = unparen(lhs) as? SelectorExpr {
                var y = Operand()
                exprOrType(&y, s.x, allowGeneric: false)
                if y.mode == .mapindex {
                    error(lhs, "cannot assign to struct field \(exprString(lhs)) in map")
                    return Universe.invalid
                }
            }
            if x.mode == .constant || x.mode == .value && x.expr is Name {
                error(lhs, "cannot assign to \(exprString(lhs)) (neither addressable nor a map index expression)")
            } else {
                error(lhs, "cannot assign to \(exprString(lhs)) (neither addressable nor a map index expression)")
            }
            x.mode = .invalid
            return Universe.invalid
        }
    }

    func assignVar(_ lhs: Expr, _ x: inout Operand, context: String = "assignment") {
        let T = lhsVar(lhs)
        if x.isInvalid { return }
        if let T, !isValid(T) { return }
        assignment(&x, T, context: T == nil ? "assignment to _ identifier" : context)
    }

    /// lhs = rhs with several operands.
    func assignVars(_ lhs: [Expr], _ rhs: [Expr]) {
        let context = lhs.count > 1 ? "multiple assignment" : "assignment"
        let isCall = rhs.count == 1 && unparen(rhs[0]) is CallExpr
        if lhs.count == rhs.count && !isCall {
            for (l, r) in zip(lhs, rhs) {
                var x = Operand()
                rawExpr(&x, r, hint: nil, allowGeneric: true)
                exclude(&x, type: true, novalue: true, builtin: true)
                singleValue(&x)
                assignVar(l, &x, context: context)
            }
            return
        }
        if rhs.count == 1 {
            let xs = multiExprCommaOk(rhs[0], want: lhs.count)
            if xs.count == lhs.count {
                for (l, x0) in zip(lhs, xs) {
                    var x = x0
                    assignVar(l, &x, context: context)
                }
                return
            }
            if !(xs.count == 1 && xs[0].isInvalid) {
                reportAssignMismatch(at: rhs[0], vars: lhs.count, valueCount: xs.count, call: rhs[0])
            }
        } else {
            for e in rhs { _ = expr(e) }
            reportAssignMismatch(at: rhs[0], vars: lhs.count, valueCount: rhs.count, call: nil)
        }
        for l in lhs { _ = lhsVar(l) }
    }
}

/// "1st", "2nd", "3rd", "4th", …
func nth(_ n: Int) -> String {
    let ext: String
    switch n % 100 {
    case 11, 12, 13: ext = "th"
    default:
        switch n % 10 {
        case 1: ext = "st"
        case 2: ext = "nd"
        case 3: ext = "rd"
        default: ext = "th"
        }
    }
    return "\(n)\(ext)"
}
