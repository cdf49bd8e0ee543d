// This file implements the questions the walk asks of the typed syntax
// tree: is this a type, a conversion, a builtin, a constant; what does a
// selector select; which function does a call reach statically.

import Syntax
import Types
import Constant

extension Program {
    /// Whether e denotes a type.
    func isTypeExpr(_ e: Expr) -> Bool {
        switch unparen(e) {
        case let n as Name: return obj(n) is TypeName
        case let s as SelectorExpr:
            if let n = s.x as? Name, obj(n) is PkgName { return obj(s.sel) is TypeName }
            return false
        case is Syntax.ArrayType, is SliceType, is Syntax.MapType, is ChanType, is FuncType, is InterfaceType, is StructType:
            return true
        case let o as Operation:
            return o.op == .mul && o.y == nil && isTypeExpr(o.x)
        case let i as IndexExpr:
            return isTypeExpr(i.x)
        default:
            return false
        }
    }

    /// The type a simple type expression denotes (names, qualified names,
    /// pointers to them); nil for others.
    func typeOfTypeExpr(_ e: Expr) -> GoType? {
        switch unparen(e) {
        case let n as Name: return ((obj(n) as? TypeName)?.type).map(unalias)
        case let s as SelectorExpr: return isQualified(s) ? (obj(s.sel) as? TypeName)?.type : nil
        case let o as Operation where o.op == .mul && o.y == nil: return typeOfTypeExpr(o.x).map { Pointer($0) }
        default: return typeOf(e)
        }
    }

    /// The asserted type of x.(T).
    func assertedType(_ a: AssertExpr) -> GoType? {
        if let t = assertTypes[ObjectIdentifier(a)] { return t }
        if let t = checker.typeOf(a)?.type, !(t is Tuple), !((t as? Basic)?.isBoolean ?? false) { return t }
        return typeOfTypeExpr(a.type) ?? typeOf(a)
    }

    /// The target type of a conversion call T(x).
    func conversionType(_ c: CallExpr) -> GoType? {
        guard c.args.count == 1, isTypeExpr(c.fun) else { return nil }
        return typeOf(c) ?? typeOf(c.fun)
    }

    func builtin(_ fun: Expr) -> BuiltinID? {
        switch unparen(fun) {
        case let n as Name: return (obj(n) as? Builtin)?.id
        case let s as SelectorExpr:
            if let n = s.x as? Name, obj(n) is PkgName { return (obj(s.sel) as? Builtin)?.id }
            return nil
        default: return nil
        }
    }

    func constValue(_ e: Expr) -> ConstantValue? { checker.typeOf(e)?.value }

    /// The package-level variable, function or local variable a name or
    /// qualified identifier refers to.
    func referent(_ e: Expr) -> Object? {
        switch unparen(e) {
        case let n as Name: return obj(n)
        case let s as SelectorExpr:
            if let n = s.x as? Name, obj(n) is PkgName { return obj(s.sel) }
            return nil
        case let i as IndexExpr:
            // generic instantiation f[T]
            if let o = referent(i.x), o is Func { return o }
            return nil
        default: return nil
        }
    }

    /// Whether x is a qualified identifier (pkg.Name).
    func isQualified(_ s: SelectorExpr) -> Bool {
        if let n = s.x as? Name, obj(n) is PkgName { return true }
        return false
    }

    /// The selection of a non-qualified selector, if it names a field or method.
    func selection(_ s: SelectorExpr) -> SelectionInfo? {
        guard !isQualified(s), let t = typeOf(s.x) else { return nil }
        return selectionInfo(t, name: s.sel.value, pkg: checker.pkg)
    }
}

/// Interface types (not type parameters).
func isInterfaceType(_ t: GoType) -> Bool { !(t is TypeParam) && t.underlying is Interface }

/// gc's IsDirectIface: values stored directly in an interface's data word.
func isDirectIface(_ t: GoType) -> Bool {
    switch t.underlying {
    case is Pointer, is Chan, is Types.MapType, is Signature: return true
    case let b as Basic: return b.kind == .unsafePointer
    case let a as Types.ArrayType: return a.len == 1 && isDirectIface(a.elem)
    case let s as Struct: return s.fields.count == 1 && s.fields[0].type.map(isDirectIface) == true
    default: return false
    }
}

func hasPointers(_ t: GoType) -> Bool {
    if let b = t as? Basic, b.isUntyped { return b.kind == .untypedString || b.kind == .untypedNil }
    return Layout.hasPointers(t)
}

func isUntypedNil(_ t: GoType?) -> Bool { (t as? Basic)?.kind == .untypedNil }
