// An operand: the result of checking an expression — its mode (is it a
// type, a constant, a variable, a plain value...), its type and, for
// constants, its value — and its description in types2's words:
// `x (variable of type int)`, `300 (untyped int constant)`,
// `T{} (value of struct type T)`, `5 (constant of type int)`.

import Base
import Syntax
import Constant

enum OperandMode: Equatable {
    case invalid, novalue, builtin, typexpr, constant, variable, mapindex, value, nilvalue, commaok
}

struct Operand {
    var mode: OperandMode = .invalid
    var expr: Expr?
    var type: GoType = Universe.invalid
    var val: ConstantValue = .unknown
    var builtin: BuiltinID?

    static func invalid(_ e: Expr?) -> Operand { Operand(mode: .invalid, expr: e) }

    var isInvalid: Bool { mode == .invalid }
    var isNil: Bool { mode == .nilvalue || (mode == .value && (type as? Basic)?.kind == .untypedNil) }

    func describe(_ q: Package?) -> String {
        if mode == .nilvalue {
            if let b = type as? Basic, b.kind == .untypedNil { return "nil" }
            if !isValid(type) { return "nil (with invalid type)" }
            return "nil (of type \(TypeWriter.string(type, qualifier: q)))"
        }
        var expr = ""
        if let e = self.expr {
            expr = exprString(e)
        } else {
            switch mode {
            case .builtin: expr = builtin?.rawValue ?? ""
            case .typexpr: expr = TypeWriter.string(type, qualifier: q)
            case .constant: expr = val.description
            default: break
            }
        }
        var out = ""
        if !expr.isEmpty { out += expr + " (" }
        var hasType = false
        switch mode {
        case .invalid, .novalue, .builtin, .typexpr:
            break
        default:
            if let b = type as? Basic, b.isUntyped {
                out += b.name + " "
            } else {
                hasType = true
            }
        }
        out += modeString
        if mode == .constant {
            let s = val.description
            if s != expr { out += " " + s }
        }
        if hasType {
            if isValid(type) {
                var desc = ""
                if let n = type as? Named, n.isGeneric { desc = "generic " }
                if type is Named || type is Alias {
                    var what = compositeKind(type)
                    if what.isEmpty, let b = type.underlying as? Basic { what = b.name }
                    if !what.isEmpty { desc += what + " " }
                }
                out += " of " + desc + "type " + TypeWriter.string(type, qualifier: q)
                if let tp = type as? TypeParam {
                    out += " constrained by " + TypeWriter.string(tp.constraint, qualifier: q)
                }
            } else {
                out += " with invalid type"
            }
        }
        if !expr.isEmpty { out += ")" }
        return out
    }

    var modeString: String {
        switch mode {
        case .invalid: return "invalid operand"
        case .novalue: return "no value"
        case .builtin: return "built-in"
        case .typexpr: return "type"
        case .constant: return "constant"
        case .variable: return "variable"
        case .mapindex: return "map index expression"
        case .value: return "value"
        case .nilvalue: return "nil"
        case .commaok: return "comma, ok expression"
        }
    }
}

/// types2's compositeKind: what a named type's structure is, for operand descriptions.
func compositeKind(_ t: GoType) -> String {
    switch t.underlying {
    case is Basic: return ""
    case is ArrayType: return "array"
    case is Slice: return "slice"
    case is Struct: return "struct"
    case is Pointer: return "pointer"
    case is Signature: return "func"
    case is Interface: return "interface"
    case is MapType: return "map"
    case is Chan: return "chan"
    case is Tuple: return "tuple"
    case is Union: return "union"
    default: return ""
    }
}
