// Calls of tiny pure functions compiled in place, as gc inlines them.
//
// A candidate is a plain function of the same package (no receiver, no type
// parameters, not variadic) whose body is one `return E` with one numeric
// or boolean result, E built only from its parameters (never assigned,
// captured or addressed: E has no way to), constants and operators that
// cannot panic or allocate: arithmetic, comparisons, logic, numeric
// conversions; integer division and remainder only by a non-zero constant,
// shifts only by a constant. Such a call cannot fail, allocate, block or
// be seen by runtime.Caller, so compiling E with the parameters bound to
// the argument slots is indistinguishable from the call, and saves the
// frame set-up, the argument moves and the return of the interpreter's
// dearest instructions (spectral-norm's a(i, j), for one).
//
// Arguments are evaluated first, in the order gosub evaluates any call's,
// so side effects happen as before.

import Syntax
import Types
import Constant

extension FuncCompiler {
    /// Compiles c in place when it calls an inlinable function; nil otherwise.
    func inlineCall(_ c: CallExpr, _ f: Func) throws(CompileError) -> (Int, Signature)? {
        guard let (params, body) = inlinable(f), c.args.count == params.count, !c.hasDots,
              let sig = f.type as? Signature else { return nil }
        // arguments into fresh slots (a variable of the frame of the parameter's type is
        // used where it is: E cannot assign it, nor can evaluating the other arguments), then E over them
        var slots: [Int] = []
        for (i, p) in params.enumerated() {
            if let n = unparen(c.args[i]) as? Name, let v = obj(n) as? Var, case .frame(let s)? = vars[ObjectIdentifier(v)],
               let vt = v.type, typesIdentical(sub(vt), p.type!) {
                slots.append(s)
            } else {
                slots.append(try fb.alloc(TypeTable.slots(p.type!)))
            }
        }
        for i in gcOrder(c.args) {
            if let n = unparen(c.args[i]) as? Name, let v = obj(n) as? Var, case .frame(let s)? = vars[ObjectIdentifier(v)], s == slots[i] { continue }
            try expr(c.args[i], into: slots[i], as: params[i].type!)
        }
        let saved = params.map { vars[ObjectIdentifier($0)] }
        for (i, p) in params.enumerated() { vars[ObjectIdentifier(p)] = .frame(slots[i]) }
        let dst = try fb.alloc(TypeTable.slots(sig.results.vars[0].type!))
        try expr(body, into: dst, as: sig.results.vars[0].type!)
        for (i, p) in params.enumerated() { vars[ObjectIdentifier(p)] = saved[i] }
        return (dst, sig)
    }

    /// The parameters and returned expression of f when f is inlinable (cached per function).
    func inlinable(_ f: Func) -> ([Var], Expr)? {
        let key = ObjectIdentifier(f)
        if let cached = compiler.inlineCache[key] { return cached }
        let found = findInlinable(f)
        compiler.inlineCache[key] = .some(found)
        return found
    }

    private func findInlinable(_ f: Func) -> ([Var], Expr)? {
        guard f.pkg === checker.pkg, let sig = f.type as? Signature, sig.recv == nil, sig.tparams.isEmpty, !sig.variadic,
              sig.results.count == 1, Self.isScalar(sig.results.vars[0].type!),
              let decl = compiler.findDecl(f), let body = decl.body, body.list.count == 1,
              let ret = body.list[0] as? ReturnStmt, unpackList(ret.results).count == 1, let result = ret.results else { return nil }
        var params: [Var] = []
        for field in decl.type.params {
            guard let n = field.name, let v = checker.defs[ObjectIdentifier(n)] as? Var, let t = v.type, Self.isScalar(t) else { return nil }
            params.append(v)
        }
        guard params.count == sig.params.count else { return nil }
        let ids = Set(params.map { ObjectIdentifier($0) })
        return isPure(result, params: ids) ? (params, result) : nil
    }

    /// Integer, float and boolean types (no strings, no pointers: nothing to allocate or dereference).
    static func isScalar(_ t: GoType) -> Bool {
        guard let b = t.underlying as? Basic else { return false }
        return b.isInteger || b.isFloat || b.isBoolean
    }

    /// Whether e can be evaluated without panicking, allocating or calling.
    private func isPure(_ e: Expr, params: Set<ObjectIdentifier>) -> Bool {
        if let tv = checker.types[ObjectIdentifier(e)], tv.value != nil { return true }   // a constant
        guard let t = checker.types[ObjectIdentifier(e)]?.type, Self.isScalar(t) else { return false }
        switch e {
        case let p as ParenExpr:
            return isPure(p.x, params: params)
        case let n as Name:
            guard let v = checker.uses[ObjectIdentifier(n)] else { return false }
            return params.contains(ObjectIdentifier(v))
        case let o as Operation:
            guard let y = o.y else {
                return [.add, .sub, .xor, .not].contains(o.op) && isPure(o.x, params: params)
            }
            switch o.op {
            case .div, .rem:
                // integer division by a constant other than zero cannot panic; float division never does
                if let b = t.underlying as? Basic, b.isInteger {
                    guard let v = checker.types[ObjectIdentifier(y)]?.value, v.sign != 0 else { return false }
                }
            case .shl, .shr:
                guard checker.types[ObjectIdentifier(y)]?.value != nil else { return false }
            case .add, .sub, .mul, .and, .or, .xor, .andNot, .eql, .neq, .lss, .leq, .gtr, .geq, .andAnd, .orOr:
                break
            default:
                return false
            }
            return isPure(o.x, params: params) && isPure(y, params: params)
        case let call as CallExpr:
            // a numeric conversion T(x)
            guard isTypeExpr(call.fun), call.args.count == 1, let at = checker.types[ObjectIdentifier(call.args[0])]?.type,
                  Self.isScalar(at) || (at as? Basic)?.isUntyped == true else { return false }
            return isPure(call.args[0], params: params)
        default:
            return false
        }
    }
}
