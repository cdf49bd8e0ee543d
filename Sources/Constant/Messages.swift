// This file is the catalog of gc's messages about constants, each checked
// against real Go 1.27 (`go build`, types2), with helpers that build them.
// The checker owns positions; these are the texts after "file:line:col: ".
//
// Operands print as types2's operandString: the expression, then in
// parentheses the untyped kind or "constant ... of type T", plus the value
// when it differs from the expression text:
//
//     300 (untyped int constant)
//     1 << 100 (untyped int constant 1267650600228229401496703205376)
//     c (untyped float constant 1e+1000)
//     1000.0 (untyped float constant 1000)
//     'a' + 200 (untyped rune constant 297)
//     s (untyped string constant "aaaa...aaa...)       (72-rune cut)
//     1e39i (untyped complex constant (0 + 1e+39i))
//     x * 2 (constant 200 of type int8)
//
// Assignment of an untyped constant (types2 assignment; context is
// "variable declaration", "assignment", "argument to f", "return statement"...):
//
//     cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
//     cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
//     cannot use 1000.0 (untyped float constant 1000) as int8 value in variable declaration (truncated)
//     cannot use 1e19 (untyped float constant 1e+19) as int64 value in variable declaration (truncated)
//     cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
//     cannot use c (untyped float constant 1e+1000) as float32 value in variable declaration (overflows)
//     cannot use 1e309 (untyped float constant 1e+309) as float64 value in variable declaration (overflows)
//     cannot use 1e39i (untyped complex constant (0 + 1e+39i)) as complex64 value in variable declaration (overflows)
//     cannot use 1.5 (untyped float constant) as string value in variable declaration
//     cannot use 1 (untyped int constant) as bool value in variable declaration
//
// Conversions T(x) of constants:
//
//     constant 256 overflows uint8                       (integer -> integer)
//     cannot convert 1.5 (untyped float constant) to type int8
//     cannot convert 1e100 (untyped float constant 1e+100) to type float32
//
// Implicit conversion of an untyped operand (convertUntyped, e.g. shift count):
//
//     1.5 (untyped float constant) truncated to uint     (RepresentationFailure.truncated)
//     %s overflows %s                                    (.overflows)
//     cannot convert %s to type %s                       (.notRepresentable)
//
// Typed constant results (each operation is checked against its type):
//
//     x * 2 (constant 200 of type int8) overflows int8
//     ^uint8(0) + 1 (constant 256 of type uint8) overflows uint8
//     -uint(1) (constant -1 of type uint) overflows uint
//
// Untyped results (types2 overflow(), reported at the operator):
//
//     constant shift overflow            (also: addition, subtraction,
//     constant multiplication overflow    bitwise XOR, bitwise complement;
//     constant overflow                   other operators: no name)
//     constant result is not representable   (the value is unknown: a float
//                                             overflowed, 1e600000000 * 1e600000000)
//     constant string too long (N bytes > 2000000000 bytes)
//
// Operations and literals:
//
//     invalid operation: division by zero
//     invalid operation: invalid shift count 1100 (untyped int constant)
//     invalid operation: negative shift count -1 (untyped int constant)
//     invalid operation: shifted operand 1.5 (untyped float constant) must be integer
//     malformed constant: 1e1000000000            (literal whose value is unknown)



extension ConstantValue {
    /// types2's bound on untyped integer constants, in bits.
    public static let maxUntypedIntBits = 512

    /// Whether an untyped result must be rejected, and the message: an Int
    /// wider than 512 bits ("constant %soverflow"), an unknown value
    /// ("constant result is not representable") or a too long string.
    /// `operation` is the operator's name from `overflowName`, if any.
    public func untypedOverflowMessage(operation: String?) -> String? {
        switch self {
        case .unknown:
            return "constant result is not representable"
        case .int(let i) where i.magnitude.bitWidth > ConstantValue.maxUntypedIntBits:
            return "constant " + (operation.map { $0 + " " } ?? "") + "overflow"
        case .string(let s) where s.count > ConstantValue.maxStringLength:
            return ConstantError.stringTooLong(s.count).message()
        default:
            return nil
        }
    }
}

extension ConstantError {
    /// gc's text; `operand` is the shift count's operandString for
    /// .invalidShiftCount (e.g. "1100 (untyped int constant)").
    public func message(operand: String = "") -> String {
        switch self {
        case .divisionByZero: return "invalid operation: division by zero"
        case .invalidShiftCount: return "invalid operation: invalid shift count \(operand)"
        case .invalidOperation: return "invalid operation"
        case .stringTooLong(let n):
            return "constant string too long (\(n) bytes > \(ConstantValue.maxStringLength) bytes)"
        }
    }
}

extension BinaryOperator {
    /// types2's opName for "constant %s overflow": only operations that may overflow.
    public var overflowName: String? {
        switch self {
        case .add: return "addition"
        case .sub: return "subtraction"
        case .mul: return "multiplication"
        case .xor: return "bitwise XOR"
        default: return nil
        }
    }
}

extension UnaryOperator {
    /// types2's opName for unary operators: only ^ has one.
    public var overflowName: String? { self == .complement ? "bitwise complement" : nil }
}

extension ShiftOperator {
    /// types2's opName: "shift" for <<; >> cannot overflow (Go names none).
    public var overflowName: String? { self == .left ? "shift" : nil }
}

extension RepresentationFailure {
    /// The suffix of "cannot use %s as %s value in %s": " (truncated)",
    /// " (overflows)" or "".
    public var assignmentSuffix: String {
        switch self {
        case .truncated: return " (truncated)"
        case .overflows: return " (overflows)"
        case .notRepresentable: return ""
        }
    }

    /// types2's invalidConversion: "%s truncated to %s", "%s overflows %s",
    /// "cannot convert %s to type %s".
    public func conversionMessage(operand: String, type: String) -> String {
        switch self {
        case .truncated: return "\(operand) truncated to \(type)"
        case .overflows: return "\(operand) overflows \(type)"
        case .notRepresentable: return "cannot convert \(operand) to type \(type)"
        }
    }
}

/// types2's operandString for a constant: "expr (untyped int constant)",
/// "expr (untyped float constant 1e+100)", "expr (constant 200 of type int8)".
/// `typeName` is the untyped kind's name ("untyped int") or, for a typed
/// constant, the type as written ("int8", "MyInt"); `typeDescription` is
/// what types2 puts before "type" for named types ("int8 " for
/// `type MyInt int8`), empty otherwise.
public func constantOperandString(expression: String, value: ConstantValue, typeName: String,
                                  untyped: Bool, typeDescription: String = "") -> String {
    let v = value.description
    let shown = v == expression ? "" : " " + v
    if untyped { return "\(expression) (\(typeName) constant\(shown))" }
    return "\(expression) (constant\(shown) of \(typeDescription)type \(typeName))"
}
