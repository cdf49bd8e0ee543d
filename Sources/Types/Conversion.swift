// Conversions: implicit conversion of untyped operands to a target type
// (types2's implicitTypeAndValue / convertUntyped, with representability of
// constants) and explicit conversions T(x) (spec: "Conversions").

import Base
import Syntax
import Constant

/// The Constant module's name for a basic kind (nil for non-constant kinds).
func constKind(_ b: Basic) -> Constant.BasicKind? {
    switch b.kind {
    case .bool: return .bool
    case .int: return .int
    case .int8: return .int8
    case .int16: return .int16
    case .int32: return .int32
    case .int64: return .int64
    case .uint: return .uint
    case .uint8: return .uint8
    case .uint16: return .uint16
    case .uint32: return .uint32
    case .uint64: return .uint64
    case .uintptr: return .uintptr
    case .float32: return .float32
    case .float64: return .float64
    case .complex64: return .complex64
    case .complex128: return .complex128
    case .string: return .string
    case .untypedBool: return .untypedBool
    case .untypedInt: return .untypedInt
    case .untypedRune: return .untypedRune
    case .untypedFloat: return .untypedFloat
    case .untypedComplex: return .untypedComplex
    case .untypedString: return .untypedString
    default: return nil
    }
}

enum ConversionCode { case ok, truncated, overflows, invalid }

extension Checker {
    /// The value of constant x as basic type `to`, or why not.
    func representation(_ x: Operand, _ to: Basic) -> (ConstantValue?, ConversionCode) {
        guard let tk = constKind(to), let xb = x.type.underlying as? Basic, let sk = constKind(xb) else {
            return (nil, .invalid)
        }
        switch x.val.representation(as: tk, from: sk) {
        case .success(let v): return (v, .ok)
        case .failure(let f):
            switch f {
            case .truncated: return (nil, .truncated)
            case .overflows: return (nil, .overflows)
            case .notRepresentable: return (nil, .invalid)
            }
        }
    }

    /// Checks that constant x is representable by its (typed basic) type; reports "overflows".
    func representable(_ x: inout Operand, _ to: Basic) {
        let (v, code) = representation(x, to)
        if code != .ok {
            invalidConversion(code, x, to)
            x.mode = .invalid
            return
        }
        if let v { x.val = v }
    }

    func invalidConversion(_ code: ConversionCode, _ x: Operand, _ target: GoType) {
        let xs = describe(x), ts = typeString(target)
        switch code {
        case .truncated: errorf(x, "\(xs) truncated to \(ts)")
        case .overflows: errorf(x, "\(xs) overflows \(ts)")
        default: errorf(x, "cannot convert \(xs) to type \(ts)")
        }
    }

    /// The type (and constant value) an untyped operand takes on as `target`.
    func implicitTypeAndValue(_ x: Operand, _ target: GoType) -> (GoType?, ConstantValue?, ConversionCode) {
        if x.isInvalid || isTyped(x.type) || !isValid(target) { return (x.type, nil, .ok) }
        if isUntyped(target) {
            if let m = maxType(x.type, target) { return (m, nil, .ok) }
            return (nil, nil, .invalid)
        }
        if x.isNil {
            return hasNil(target) ? (target, nil, .ok) : (nil, nil, .invalid)
        }
        if let tp = target as? TypeParam {
            guard let terms = tp.iface.typeSet.terms, !terms.isEmpty else { return (nil, nil, .invalid) }
            for t in terms {
                let (nt, _, _) = implicitTypeAndValue(x, t.type.underlying)
                if nt == nil { return (nil, nil, .invalid) }
            }
            return (target, nil, .ok)
        }
        switch target.underlying {
        case let b as Basic:
            if x.mode == .constant {
                let (v, code) = representation(x, b)
                if code != .ok { return (nil, nil, code) }
                return (target, v, .ok)
            }
            guard let xb = x.type as? Basic else { return (nil, nil, .invalid) }
            switch xb.kind {
            case .untypedBool: if !b.isBoolean { return (nil, nil, .invalid) }
            case .untypedInt, .untypedRune, .untypedFloat, .untypedComplex: if !b.isNumeric { return (nil, nil, .invalid) }
            case .untypedString: if !b.isString { return (nil, nil, .invalid) }
            default: return (nil, nil, .invalid)
            }
        case let i as Interface:
            if !i.typeSet.methods.isEmpty || !i.typeSet.isMethodSet { return (nil, nil, .invalid) }
            return (defaultType(x.type), nil, .ok)
        default:
            return (nil, nil, .invalid)
        }
        return (target, nil, .ok)
    }

    func convertUntyped(_ x: inout Operand, _ target: GoType) {
        if x.mode != .constant && isUntyped(x.type) && isNumeric(x.type) && !isUntyped(target) && !checkUntypedShift(x.expr, target) {
            x.mode = .invalid
            return
        }
        let (nt, v, code) = implicitTypeAndValue(x, target)
        guard let nt, code == .ok else {
            let t: GoType = target is TypeParam ? target : target.underlying
            invalidConversion(code, x, t)
            x.mode = .invalid
            return
        }
        if let v { x.val = v }
        if nt !== x.type {
            x.type = nt
            record(x)
        }
    }

    /// The larger of two untyped numeric kinds (int < rune < float < complex).
    func maxType(_ x: GoType, _ y: GoType) -> GoType? {
        guard let a = x as? Basic, let b = y as? Basic else { return nil }
        if a.isNumeric && b.isNumeric {
            return a.kind.rawValue >= b.kind.rawValue ? a : b
        }
        if identical(a, b) { return a }
        return nil
    }

    // MARK: explicit conversions

    /// T(x): converts x to T.
    func conversion(_ x: inout Operand, _ T: GoType, _ call: CallExpr) {
        let constArg = x.mode == .constant
        var ok = false
        var cause = ""
        var finalVal: ConstantValue?
        if constArg && isConstType(T) {
            let tb = T.underlying as! Basic
            if isInteger(x.type) && tb.isString {
                // string(65): a rune
                var code = "\u{FFFD}"
                if case .int(let i) = x.val.toInt, let v = Int64(exactly: i), let u = Unicode.Scalar(UInt32(truncatingIfNeeded: max(0, min(v, 0x10FFFF)))), v >= 0, v <= 0x10FFFF {
                    code = String(Character(u))
                }
                finalVal = .make(code)
                ok = true
            } else {
                let (v, c) = representation(x, tb)
                if c == .ok, let v {
                    finalVal = v
                    ok = true
                } else if isInteger(x.type) && tb.isInteger {
                    // integer to integer can only fail by overflow: gc's concise message
                    errorf(x, "constant \(x.val) overflows \(typeString(T))")
                    x.mode = .invalid
                    return
                } else {
                    ok = false
                }
            }
        } else if constArg, let tp = T as? TypeParam {
            ok = true
            if let terms = tp.iface.typeSet.terms {
                for t in terms {
                    var y = x
                    if !convertibleTo(&y, t.type, cause: &cause) { ok = false; break }
                    if isConstType(t.type), let b = t.type.underlying as? Basic {
                        let (_, c) = representation(x, b)
                        if c != .ok && !(isInteger(x.type) && b.isString) {
                            ok = false
                            cause = ""
                            break
                        }
                    }
                }
            }
            x.mode = .value
        } else {
            if !constArg && isUntyped(x.type) && isNumeric(x.type) && !checkUntypedShift(x.expr, T) {
                x.mode = .invalid
                return
            }
            ok = convertibleTo(&x, T, cause: &cause)
            if ok && x.mode != .invalid { x.mode = .value }
        }
        if !ok {
            if cause.isEmpty {
                errorf(x, "cannot convert \(describe(x)) to type \(typeString(T))")
            } else {
                errorf(x, "cannot convert \(describe(x)) to type \(typeString(T)): \(cause)")
            }
            x.mode = .invalid
            return
        }
        if let v = finalVal, constArg {
            x.val = v
            x.mode = .constant
        } else if constArg && isConstType(T) {
            x.mode = .constant
        }
        x.type = T
        x.expr = call
    }

    /// Whether x is convertible to T (spec: "Conversions").
    func convertibleTo(_ x: inout Operand, _ T: GoType, cause: inout String) -> Bool {
        var acause = ""
        if assignableTo(x, T, cause: &acause) { return true }
        defer { if cause.isEmpty && (acause == "need type assertion" || isInterface(T)) { cause = acause } }
        let V = unalias(x.type)
        let Vu = V.underlying, Tu = T.underlying
        let Vp = V as? TypeParam, Tp = unalias(T) as? TypeParam
        // identical underlying types ignoring struct tags
        if identicalIgnoreTags(Vu, Tu) && Vp == nil && Tp == nil { return true }
        // unnamed pointer types with identical base underlying types
        if let vp = V as? Pointer, let tp = unalias(T) as? Pointer, identicalIgnoreTags(vp.elem.underlying, tp.elem.underlying),
           !(vp.elem is TypeParam), !(tp.elem is TypeParam) {
            return true
        }
        if Vp == nil && Tp == nil {
            if isRealBasic(Vu) && isRealBasic(Tu) { return true }
            if isComplexBasic(Vu) && isComplexBasic(Tu) { return true }
            if (isIntegerBasic(Vu) || isByteOrRuneSlice(Vu)) && isStringBasic(Tu) { return true }
            if isStringBasic(Vu) && isByteOrRuneSlice(Tu) { return true }
            if (isPointerBasic(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu) { return true }
            if isUnsafePointer(Vu) && (isPointerBasic(Tu) || isUintptr(Tu)) { return true }
            // slice to array or array pointer
            if let s = Vu as? Slice {
                if let a = Tu as? ArrayType, identical(s.elem, a.elem) { return true }
                if let p = Tu as? Pointer, let a = p.elem.underlying as? ArrayType, identical(s.elem, a.elem) { return true }
            }
            return false
        }
        // type parameters: each pair of types in the type sets must convert
        func types(_ t: GoType) -> [GoType]? {
            if let tp = t as? TypeParam { return tp.iface.typeSet.terms?.map { $0.type } }
            return [t]
        }
        guard let vs = types(V), let ts = types(T), !vs.isEmpty, !ts.isEmpty else { return false }
        for v in vs {
            for t in ts {
                var y = x
                y.type = v
                var c = ""
                if !convertibleTo(&y, t, cause: &c) {
                    if Vp != nil && Tp != nil {
                        cause = "cannot convert \(typeString(v)) (in \(typeString(V))) to type \(typeString(t)) (in \(typeString(T)))"
                    } else if Vp != nil {
                        cause = "cannot convert \(typeString(v)) (in \(typeString(V))) to type \(typeString(T))"
                    } else {
                        cause = "cannot convert \(typeString(V)) to type \(typeString(t)) (in \(typeString(T)))"
                    }
                    return false
                }
            }
        }
        return true
    }
}

private func isRealBasic(_ t: GoType) -> Bool { ((t as? Basic).map { $0.isInteger || $0.isFloat }) ?? false }
private func isComplexBasic(_ t: GoType) -> Bool { (t as? Basic)?.isComplex ?? false }
private func isIntegerBasic(_ t: GoType) -> Bool { (t as? Basic)?.isInteger ?? false }
private func isStringBasic(_ t: GoType) -> Bool { (t as? Basic)?.isString ?? false }
private func isUintptr(_ t: GoType) -> Bool { (t as? Basic)?.kind == .uintptr }
private func isPointerBasic(_ t: GoType) -> Bool { t is Pointer }
private func isByteOrRuneSlice(_ t: GoType) -> Bool {
    guard let s = t as? Slice, let b = s.elem.underlying as? Basic else { return false }
    return b.kind == .uint8 || b.kind == .int32
}

func identicalIgnoreTags(_ x: GoType, _ y: GoType) -> Bool {
    if let a = x as? Struct, let b = y as? Struct {
        guard a.fields.count == b.fields.count else { return false }
        for (f, g) in zip(a.fields, b.fields) {
            if f.embedded != g.embedded || f.name != g.name || !identical(f.type!, g.type!) { return false }
        }
        return true
    }
    return identical(x, y)
}

extension Checker {
    /// A non-constant untyped shift `1 << s` takes the type of its context;
    /// that type must be an integer type (spec: "Operators", shifts).
    func checkUntypedShift(_ e: Expr?, _ target: GoType) -> Bool {
        guard let e else { return true }
        switch e {
        case let p as ParenExpr:
            return checkUntypedShift(p.x, target)
        case let o as Operation:
            if o.y == nil {
                return o.op == .recv || checkUntypedShift(o.x, target)
            }
            if o.op == .shl || o.op == .shr {
                if let tv = typeOf(o), tv.value == nil, isUntyped(tv.type), !isInteger(target), !(target.underlying is Interface) || target is TypeParam {
                    error(o.x, "invalid operation: shifted operand \(exprString(o.x)) (type \(typeString(target))) must be integer")
                    return false
                }
                return true
            }
            if o.op.isComparison || o.op == .andAnd || o.op == .orOr { return true }
            return checkUntypedShift(o.x, target) && checkUntypedShift(o.y, target)
        default:
            return true
        }
    }
}

