// Unary and binary operators (spec: "Operators"): operand matching,
// operator applicability, comparisons, shifts, and exact constant folding
// with gc's overflow and division-by-zero diagnostics.

import Base
import Syntax
import Constant

extension Checker {
    // MARK: unary

    func unary(_ x: inout Operand, _ e: Operation, hint: GoType?) {
        x = exprWithHint(e.x, hint)
        x.expr = e
        if x.isInvalid { return }
        switch e.op {
        case .and:
            if let c = unparen(e.x) as? CompositeLit {
                _ = c
                x.mode = .value
                x.type = Pointer(x.type)
                return
            }
            if x.mode != .variable {
                error(e.x, "invalid operation: cannot take address of \(describeInner(x, e.x))")
                x.mode = .invalid
                return
            }
            x.mode = .value
            x.type = Pointer(x.type)
            return
        case .recv:
            var d = x
            d.expr = e.x
            guard let elem = chanElem(e.x, d, recv: true) else {
                x.mode = .invalid
                return
            }
            x.mode = .commaok
            x.type = elem
            return
        case .tilde:
            error(e, "cannot use ~ outside of interface or type constraint")
            x.mode = .invalid
            return
        default:
            break
        }
        guard opApplies(e.op, unary: true, x.type) else {
            error(e.x, "invalid operation: operator \(e.op) not defined on \(describeInner(x, e.x))")
            x.mode = .invalid
            return
        }
        if x.mode == .constant {
            if x.val.isUnknown { return }
            let cop: UnaryOperator
            switch e.op {
            case .add: cop = .plus
            case .sub: cop = .minus
            case .xor: cop = .complement
            default: cop = .not
            }
            var prec = 0
            if isUnsigned(x.type), let b = x.type.underlying as? Basic { prec = bitSize(b) }
            do {
                x.val = try ConstantValue.unary(cop, x.val, precision: prec)
            } catch {
                x.mode = .invalid
                return
            }
            x.expr = e
            overflow(&x, opPos: e.pos, opName: cop.overflowName)
            return
        }
        x.mode = .value
    }

    /// The element type of channel operand x for a receive (or send), or nil after
    /// reporting why not (types2's chanElem, over the whole type set).
    func chanElem(_ at: Node, _ x: Operand, recv: Bool) -> GoType? {
        let (u, err) = commonUnder(x.type, { t, u in
            guard let u else { return "no specific channel type" }
            guard let ch = u as? Chan else { return "non-channel \(self.typeString(t!))" }
            if recv && ch.dir == .send { return "send-only channel \(self.typeString(t!))" }
            if !recv && ch.dir == .recv { return "receive-only channel \(self.typeString(t!))" }
            return nil
        }, qualifier: pkg)
        if let c = u as? Chan { return c.elem }
        let cause = err ?? ""
        let verb = recv ? "cannot receive from" : "cannot send to"
        if x.type is TypeParam {
            error(at, "invalid operation: \(verb) \(describe(x)): \(cause)")
        } else {
            error(at, "invalid operation: \(verb) \(cause) \(describe(x))")
        }
        return nil
    }

    /// The description of an operand whose expression is the operation's operand.
    func describeInner(_ x: Operand, _ inner: Expr) -> String {
        var y = x
        y.expr = inner
        return describe(y)
    }

    func bitSize(_ b: Basic) -> Int {
        switch b.kind {
        case .int8, .uint8: return 8
        case .int16, .uint16: return 16
        case .int32, .uint32, .float32: return 32
        default: return 64
        }
    }

    /// Whether operator op applies to operands of type t.
    func opApplies(_ op: Operator, unary: Bool, _ t: GoType) -> Bool {
        if t is TypeParam {
            let pairs = typeSetPairs(t)
            return pairs.allSatisfy { $0.0 != nil && opApplies(op, unary: unary, $0.0!) }
        }
        switch op {
        case .add:
            return unary ? isNumeric(t) : (isNumeric(t) || isString(t))
        case .sub, .mul, .div:
            return isNumeric(t)
        case .rem, .and, .or, .andNot:
            return isInteger(t)
        case .xor:
            return isInteger(t)
        case .not, .andAnd, .orOr:
            return isBoolean(t)
        default:
            return true
        }
    }

    /// Reports an untyped constant result that overflows, or checks a typed one.
    func overflow(_ x: inout Operand, opPos: Pos, opName: String?) {
        if isTyped(x.type) {
            if let b = x.type.underlying as? Basic {
                representable(&x, b)
            }
            return
        }
        if x.val.isUnknown {
            error(opPos, "constant result is not representable")
            x.val = .unknown
            return
        }
        if x.val.kind == .int, x.val.bitLen > ConstantValue.maxUntypedIntBits {
            if let name = opName {
                error(opPos, "constant \(name) overflow")
            } else {
                error(opPos, "constant overflow")
            }
            x.val = .unknown
        }
    }

    // MARK: binary

    func binary(_ x: inout Operand, _ e: Operation?, _ lhs: Expr, _ rhs: Expr, _ op: Operator, opPos: Pos? = nil) {
        x = expr(lhs)
        var y = expr(rhs)
        if x.isInvalid { return }
        if y.isInvalid {
            x.mode = .invalid
            x.expr = y.expr
            return
        }
        if op == .shl || op == .shr {
            shift(&x, &y, e, op)
            return
        }
        matchTypes(&x, &y)
        if x.isInvalid { return }
        if op.isComparison {
            comparison(&x, y, op, e)
            return
        }
        if !identical(x.type, y.type) {
            if isValid(x.type) && isValid(y.type) {
                if let e {
                    errorf(x, "invalid operation: \(exprString(e)) (mismatched types \(typeString(x.type)) and \(typeString(y.type)))")
                } else {
                    errorf(x, "invalid operation: \(exprString(lhs)) \(op)= \(exprString(rhs)) (mismatched types \(typeString(x.type)) and \(typeString(y.type)))")
                }
            }
            x.mode = .invalid
            return
        }
        if !opApplies(op, unary: false, x.type) {
            errorf(x, "invalid operation: operator \(op) not defined on \(describe(x))")
            x.mode = .invalid
            return
        }
        if op == .div || op == .rem {
            if (x.mode == .constant || isInteger(x.type)) && y.mode == .constant && y.val.sign == 0 && !y.val.isUnknown {
                errorf(y, "invalid operation: division by zero")
                x.mode = .invalid
                return
            }
            if x.mode == .constant && y.mode == .constant && isComplex(x.type) {
                if y.val.real.sign == 0 && y.val.imag.sign == 0 {
                    errorf(y, "invalid operation: division by zero")
                    x.mode = .invalid
                    return
                }
            }
        }
        if x.mode == .constant && y.mode == .constant {
            if x.val.isUnknown || y.val.isUnknown {
                x.val = .unknown
                x.expr = e
                return
            }
            var bop: BinaryOperator
            switch op {
            case .add: bop = .add
            case .sub: bop = .sub
            case .mul: bop = .mul
            case .div: bop = isInteger(x.type) ? .intQuo : .quo
            case .rem: bop = .rem
            case .and: bop = .and
            case .or: bop = .or
            case .xor: bop = .xor
            case .andNot: bop = .andNot
            case .andAnd: bop = .logicalAnd
            default: bop = .logicalOr
            }
            do {
                x.val = try ConstantValue.binary(x.val, bop, y.val)
            } catch let err {
                if case .stringTooLong = err {
                    errorf(x, err.message())
                } else if case .divisionByZero = err {
                    errorf(y, err.message())
                }
                x.mode = .invalid
                return
            }
            x.expr = e
            overflow(&x, opPos: opPos ?? e?.pos ?? startPos(lhs), opName: bop.overflowName)
            return
        }
        x.mode = .value
        x.expr = e
    }

    /// Converts untyped operands toward each other's type (types2's matchTypes).
    func matchTypes(_ x: inout Operand, _ y: inout Operand) {
        func mayConvert(_ x: Operand, _ y: Operand) -> Bool {
            if isTyped(x.type) && isTyped(y.type) { return false }
            if isNumeric(x.type) != isNumeric(y.type) { return false }
            if isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type) { return true }
            if allBoolean(x.type) != allBoolean(y.type) { return false }
            if allString(x.type) != allString(y.type) { return false }
            if x.isNil { return hasNil(y.type) }
            if y.isNil { return hasNil(x.type) }
            if isPointer(x.type) || isPointer(y.type) { return false }
            return true
        }
        if mayConvert(x, y) {
            convertUntyped(&x, y.type)
            if x.isInvalid { return }
            convertUntyped(&y, x.type)
            if y.isInvalid { x.mode = .invalid; return }
        }
    }

    // MARK: comparisons

    func comparison(_ x: inout Operand, _ y: Operand, _ op: Operator, _ e: Operation?, switchCase: Bool = false) {
        var errOp = x
        var cause = ""
        var failed = false
        var c1 = "", c2 = ""
        let ok = assignableTo(x, y.type, cause: &c1) || assignableTo(y, x.type, cause: &c2)
        if !ok {
            errOp = y
            cause = "mismatched types \(typeString(x.type)) and \(typeString(y.type))"
            failed = true
        } else if op == .eql || op == .neq {
            if x.isNil || y.isNil {
                let t = x.isNil ? y.type : x.type
                if !hasNil(t) {
                    errOp = y
                    failed = true
                }
            } else if !isComparable(x.type) {
                errOp = x
                cause = incomparableCause(x.type)
                failed = true
            } else if !isComparable(y.type) {
                errOp = y
                cause = incomparableCause(y.type)
                failed = true
            }
        } else {
            if !isOrdered(x.type) {
                errOp = x
                failed = true
            } else if !isOrdered(y.type) {
                errOp = y
                failed = true
            }
        }
        if failed {
            if cause.isEmpty {
                if x.type is TypeParam || y.type is TypeParam {
                    if !(x.type is TypeParam) { errOp = y }
                    cause = "type parameter \(typeString(errOp.type)) cannot use operator \(op)"
                } else {
                    var what = compositeKind(errOp.type)
                    if what.isEmpty { what = typeString(errOp.type) }
                    cause = "operator \(op) not defined on \(what)"
                }
            }
            if switchCase {
                errorf(x, "invalid case \(exprString(x.expr)) in switch on \(exprString(y.expr)) (\(cause))")
            } else {
                errorf(errOp, "invalid operation: \(exprString(x.expr)) \(op) \(exprString(y.expr)) (\(cause))")
            }
            x.mode = .invalid
            return
        }
        if x.mode == .constant && y.mode == .constant {
            if x.val.isUnknown || y.val.isUnknown {
                x.val = .unknown
            } else {
                let cop: ComparisonOperator
                switch op {
                case .eql: cop = .eql
                case .neq: cop = .neq
                case .lss: cop = .lss
                case .leq: cop = .leq
                case .gtr: cop = .gtr
                default: cop = .geq
                }
                x.val = .make(ConstantValue.compare(x.val, cop, y.val))
            }
            x.mode = .constant
        } else {
            x.mode = .value
            // the operands' untyped types become their default types
            if isUntyped(x.type) && x.mode != .constant {
                _ = checkUntypedShift(x.expr, defaultType(x.type))
            }
            if isUntyped(y.type) && y.mode != .constant {
                _ = checkUntypedShift(y.expr, defaultType(y.type))
            }
        }
        x.type = Universe.untypedBool
        x.expr = e
    }

    func incomparableCause(_ t: GoType) -> String {
        if t is TypeParam { return "incomparable types in type set" }
        switch t.underlying {
        case is Slice, is Signature, is MapType:
            return "\(compositeKind(t)) can only be compared to nil"
        default:
            if let bad = incomparableField(t) {
                return "struct containing \(typeString(bad)) cannot be compared"
            }
            return ""
        }
    }

    private func incomparableField(_ t: GoType) -> GoType? {
        switch t.underlying {
        case let s as Struct:
            for f in s.fields where !isComparable(f.type!) {
                if let inner = incomparableField(f.type!) { return inner }
                return f.type!
            }
        case let a as ArrayType:
            if !isComparable(a.elem) { return incomparableField(a.elem) ?? a.elem }
        default:
            break
        }
        return nil
    }

    // MARK: shifts

    func shift(_ x: inout Operand, _ y: inout Operand, _ e: Operation?, _ op: Operator) {
        // the left operand must be an integer, or an untyped constant representable as one
        var xval: ConstantValue?
        if x.mode == .constant {
            xval = x.val.toInt
        }
        if allInteger(x.type) || isUntyped(x.type) && xval != nil && xval!.kind == .int {
        } else {
            errorf(x, "invalid operation: shifted operand \(describe(x)) must be integer")
            x.mode = .invalid
            return
        }
        // the shift count: constants must be representable as uint (but keep their type)
        if y.mode == .constant {
            let yval = y.val.toInt
            if yval.kind == .int && yval.sign < 0 {
                errorf(y, "invalid operation: negative shift count \(describe(y))")
                x.mode = .invalid
                return
            }
            if isUntyped(y.type) {
                var z = y
                representable(&z, Universe.basic(.uint))
                if z.isInvalid { x.mode = .invalid; return }
                y.val = z.val
            }
        } else if isInteger(y.type) {
        } else if isUntyped(y.type) {
            convertUntyped(&y, Universe.basic(.uint))
            if y.isInvalid { x.mode = .invalid; return }
        } else {
            errorf(y, "invalid operation: shift count \(describe(y)) must be integer")
            x.mode = .invalid
            return
        }
        if x.mode == .constant {
            if y.mode == .constant {
                if x.val.isUnknown || y.val.isUnknown {
                    x.val = .unknown
                    if isUntyped(x.type) { x.type = Universe.untypedInt }
                    x.expr = e
                    return
                }
                let (s, exact) = y.val.uint64Value
                if !exact || s > ConstantValue.shiftBound {
                    errorf(y, "invalid operation: invalid shift count \(describe(y))")
                    x.mode = .invalid
                    return
                }
                if isUntyped(x.type) {
                    x.val = xval!
                    x.type = Universe.untypedInt
                }
                do {
                    x.val = try ConstantValue.shift(x.val, op == .shl ? .left : .right, s)
                } catch {
                    x.mode = .invalid
                    return
                }
                x.expr = e
                overflow(&x, opPos: e?.pos ?? .none, opName: op == .shl ? "shift" : nil)
                return
            }
            if isUntyped(x.type) {
                // a non-constant shift of an untyped constant stays untyped: its type
                // comes from the context (checked by checkUntypedShift), else int
                x.mode = .value
                x.expr = e
                return
            }
        }
        x.mode = .value
        x.expr = e
    }
}

func allInteger(_ t: GoType) -> Bool { isInteger(t) }
func allBoolean(_ t: GoType) -> Bool { isBoolean(t) }
func allString(_ t: GoType) -> Bool { isString(t) }
func isNonTypeParamInterface(_ t: GoType) -> Bool { !(t is TypeParam) && t.underlying is Interface }
