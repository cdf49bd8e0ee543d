// Calls: conversions T(x), builtin calls, function and method calls with
// argument checking ("not enough arguments in call to f\n\thave (…)\n\twant
// (…)"), variadic calls, and calls of generic functions with explicit or
// inferred type arguments.

import Base
import Syntax
import Constant

extension Checker {
    func callExpr(_ x: inout Operand, _ call: CallExpr) {
        // explicit instantiation f[T](…)
        var targs: [GoType] = []
        var targExprs: [Expr] = []
        var funExpr = call.fun
        if let ix = call.fun as? IndexExpr {
            var f = Operand()
            exprOrType(&f, ix.x, allowGeneric: true)
            if f.mode != .typexpr, !f.isInvalid, let sig = f.type as? Signature, !sig.tparams.isEmpty {
                targExprs = unpackList(ix.index)
                for a in targExprs {
                    let t = varType(a)
                    if !isValid(t) { x.mode = .invalid; return }
                    targs.append(t)
                }
                funExpr = ix.x
            }
        }
        rawExpr(&x, funExpr, hint: nil, allowGeneric: true)
        x.expr = call.fun
        switch x.mode {
        case .invalid:
            for a in call.args { _ = rawArg(a) }
            return
        case .typexpr:
            // conversion
            let T = x.type
            if let n = T as? Named, n.isGeneric {
                error(call.fun, "cannot use generic type \(typeString(T)) without instantiation")
                x.mode = .invalid
                return
            }
            if call.args.count != 1 || call.hasDots {
                if call.args.isEmpty {
                    error(call, "missing argument in conversion to \(typeString(T))")
                } else if call.hasDots {
                    error(call.args[0], "invalid use of ... in conversion to \(typeString(T))")
                } else {
                    error(call.args[1], "too many arguments in conversion to \(typeString(T))")
                }
                x.mode = .invalid
                return
            }
            var arg = exprWithHint(call.args[0], T)
            if arg.isInvalid { x.mode = .invalid; return }
            conversion(&arg, T, call)
            x = arg
            x.expr = call
            return
        case .builtin:
            let id = x.builtin!
            builtinCall(&x, call, id)
            x.expr = call
            return
        default:
            break
        }
        guard let sig0 = coreType(x.type) as? Signature else {
            let what = x.type is TypeParam ? "no core type" : "\(typeString(x.type)) is not a function"
            error(call.fun, "invalid operation: cannot call \(describe(x)): \(what)")
            x.mode = .invalid
            return
        }
        var sig = sig0
        if !targs.isEmpty {
            if targs.count > sig.tparams.count {
                error(targExprs[sig.tparams.count], "got \(targs.count) type arguments but want \(sig.tparams.count)")
                x.mode = .invalid
                return
            }
        }
        // arguments: a single multi-valued call spreads; otherwise one value each
        var args: [Operand] = []
        if call.args.count == 1 && !call.hasDots {
            args = multiExpr(call.args[0], allowGeneric: true)
            if args.count == 1 { args[0] = argOperand(args[0], call.args[0]) }
        } else {
            for a in call.args {
                var y = Operand()
                rawExpr(&y, a, hint: nil, allowGeneric: true)
                exclude(&y, type: true, novalue: true, builtin: true)
                if y.mode == .value, y.type is Tuple {
                    // reported now, counted as one argument below
                    var z = y
                    singleValue(&z)
                    y.mode = .invalid
                }
                args.append(y)
            }
        }
        if args.contains(where: { $0.isInvalid && !($0.type is Tuple) }) {
            x.mode = .invalid
            return
        }
        // type parameters of the callee and of generic function arguments
        var tparams = sig.tparams
        var genericArgs: [Int] = []
        for (i, a) in args.enumerated() {
            if let s = a.type as? Signature, !s.tparams.isEmpty {
                tparams += s.tparams
                genericArgs.append(i)
            }
        }
        if !tparams.isEmpty {
            let paramTypes = expandedParams(sig, nargs: args.count, hasDots: call.hasDots)
            guard let inferred = infer(call: call, tparams: tparams, targs: targs, params: paramTypes, args: args) else {
                x.mode = .invalid
                return
            }
            var m: [ObjectIdentifier: GoType] = [:]
            for (i, tp) in tparams.enumerated() { m[ObjectIdentifier(tp)] = inferred[i] }
            if !sig.tparams.isEmpty {
                let own = Array(inferred[0..<sig.tparams.count])
                recordInstance(call.pos, sig.tparams, own, positions: targExprs.map { startPos($0) })
                if !verifyTypeArgs(sig.tparams, own, positions: targExprs.map { startPos($0) }, fallback: call.pos) {
                    x.mode = .invalid
                    return
                }
            }
            sig = instantiateSignature(sig, m)
            for i in genericArgs {
                if let s = args[i].type as? Signature { args[i].type = instantiateSignature(s, m) }
            }
        }
        arguments(call, sig, &args)
        let results = sig.results
        switch results.count {
        case 0:
            x.mode = .novalue
            x.type = Tuple.empty
        case 1:
            x.mode = .value
            x.type = results.vars[0].type!
        default:
            x.mode = .value
            x.type = results
        }
        x.expr = call
    }

    private func rawArg(_ e: Expr) -> Operand {
        var y = Operand()
        rawExpr(&y, e, hint: nil, allowGeneric: true)
        return y
    }

    /// A signature with its type parameters replaced by their arguments.
    func instantiateSignature(_ sig: Signature, _ m: [ObjectIdentifier: GoType]) -> Signature {
        let inst = Substituter(m).subst(Signature(recv: sig.recv, params: sig.params, results: sig.results, variadic: sig.variadic)) as! Signature
        inst.tparams = []
        return inst
    }

    /// The parameter type for each of nargs arguments (the variadic parameter spread).
    func expandedParams(_ sig: Signature, nargs: Int, hasDots: Bool) -> [GoType] {
        var ps = sig.params.vars.map { $0.type! }
        if sig.variadic && !hasDots, let last = ps.last, let elem = (last as? Slice)?.elem {
            ps.removeLast()
            while ps.count < nargs { ps.append(elem) }
        }
        return ps
    }

    private func argOperand(_ x: Operand, _ e: Expr) -> Operand {
        var y = x
        exclude(&y, type: true, novalue: true, builtin: true)
        return y
    }

    /// A parenthesized list of types for have/want lines.
    func typesSummary(_ list: [GoType], variadic: Bool, hasDots: Bool) -> String {
        var parts: [String] = []
        for (i, t) in list.enumerated() {
            var s: String
            if !isValid(t) {
                s = "unknown type"
            } else if let b = t as? Basic, b.isUntyped {
                s = b.isNumeric ? "number" : (b.name.hasPrefix("untyped ") ? String(b.name.dropFirst(8)) : b.name)
            } else {
                s = typeString(t)
            }
            if variadic && i == list.count - 1, let sl = t as? Slice {
                s = "..." + typeString(sl.elem)
            }
            if hasDots && i == list.count - 1 { s += "..." }
            parts.append(s)
        }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// Checks the arguments of a call against the signature's parameters.
    func arguments(_ call: CallExpr, _ sig: Signature, _ args: inout [Operand]) {
        let params = sig.params.vars
        let nargs = args.count
        var npars = params.count
        let ddd = call.hasDots
        var paramTypes = params.map { $0.type! }
        if sig.variadic {
            if ddd {
                if call.args.count == 1 && nargs > 1 {
                    error(call.args[0], "cannot use ... with \(nargs)-valued \(exprString(call.args[0]))")
                    return
                }
            } else {
                // f(a, b, c...): the variadic parameter takes the rest
                let last = paramTypes.removeLast()
                let elem = (last as? Slice)?.elem ?? Universe.invalid
                if nargs >= npars - 1 {
                    for _ in (npars - 1)..<nargs { paramTypes.append(elem) }
                    npars = nargs
                } else {
                    paramTypes.append(last)
                }
            }
        } else if ddd {
            error(call, "cannot use ... in call to non-variadic \(exprString(call.fun))")
            return
        }
        if nargs != npars {
            var at: Node = call
            var qualifier = "not enough"
            if nargs > npars {
                at = args[npars].expr ?? call
                qualifier = "too many"
            } else if nargs > 0 {
                at = args[nargs - 1].expr ?? call
            }
            let have = typesSummary(args.map { $0.type }, variadic: false, hasDots: ddd)
            let want = typesSummary(params.map { $0.type! }, variadic: sig.variadic, hasDots: false)
            let atPos: Pos = at === call ? startPos(call) : startPos(at)
            error(atPos, "\(qualifier) arguments in call to \(exprString(call.fun))\n\thave \(have)\n\twant \(want)")
            return
        }
        for i in 0..<nargs where !args[i].isInvalid {
            assignment(&args[i], paramTypes[i], context: "argument to \(exprString(call.fun))")
        }
    }
}
