// Tokens and operators of Go, shaped as gc's syntax package shapes them, so
// that syntax errors name tokens in gc's words ("unexpected newline",
// "unexpected name x", "unexpected keyword else", "unexpected literal 1").

public enum Token: UInt8, Sendable {
    case eof
    case name, literal
    case `operator`   // all operators but '*', see Operator
    case assignOp     // op=
    case incOp        // ++ or --
    case assign       // =
    case define       // :=
    case arrow        // <-
    case star         // *
    case lparen, lbrack, lbrace, rparen, rbrack, rbrace
    case comma, semi, colon, dot, dotDotDot
    // keywords
    case kwBreak, kwCase, kwChan, kwConst, kwContinue, kwDefault, kwDefer, kwElse
    case kwFallthrough, kwFor, kwFunc, kwGo, kwGoto, kwIf, kwImport, kwInterface
    case kwMap, kwPackage, kwRange, kwReturn, kwSelect, kwStruct, kwSwitch, kwType, kwVar

    /// gc's Token.String.
    public var text: String {
        switch self {
        case .eof: return "EOF"
        case .name: return "name"
        case .literal: return "literal"
        case .operator: return "op"
        case .assignOp: return "op="
        case .incOp: return "opop"
        case .assign: return "="
        case .define: return ":="
        case .arrow: return "<-"
        case .star: return "*"
        case .lparen: return "("
        case .lbrack: return "["
        case .lbrace: return "{"
        case .rparen: return ")"
        case .rbrack: return "]"
        case .rbrace: return "}"
        case .comma: return ","
        case .semi: return ";"
        case .colon: return ":"
        case .dot: return "."
        case .dotDotDot: return "..."
        default: return Token.keywordNames[self] ?? "?"
        }
    }

    public var isKeyword: Bool { rawValue >= Token.kwBreak.rawValue }

    /// gc's tokstring: how a syntax error names an expected token.
    public var errorText: String {
        switch self {
        case .comma: return "comma"
        case .semi: return "semicolon or newline"
        default: return isKeyword ? "keyword " + text : text
        }
    }

    static let keywords: [String: Token] = [
        "break": .kwBreak, "case": .kwCase, "chan": .kwChan, "const": .kwConst,
        "continue": .kwContinue, "default": .kwDefault, "defer": .kwDefer, "else": .kwElse,
        "fallthrough": .kwFallthrough, "for": .kwFor, "func": .kwFunc, "go": .kwGo,
        "goto": .kwGoto, "if": .kwIf, "import": .kwImport, "interface": .kwInterface,
        "map": .kwMap, "package": .kwPackage, "range": .kwRange, "return": .kwReturn,
        "select": .kwSelect, "struct": .kwStruct, "switch": .kwSwitch, "type": .kwType, "var": .kwVar,
    ]
    static let keywordNames: [Token: String] = Dictionary(uniqueKeysWithValues: keywords.map { ($1, $0) })
}

/// Operators, with gc's precedences for binary use.
public enum Operator: UInt8, Sendable, CustomStringConvertible {
    case none
    case def      // :
    case not      // !
    case recv     // <-
    case tilde    // ~
    case orOr, andAnd
    case eql, neq, lss, leq, gtr, geq
    case add, sub, or, xor
    case mul, div, rem, and, andNot, shl, shr

    public var description: String {
        switch self {
        case .none: return ""
        case .def: return ":"
        case .not: return "!"
        case .recv: return "<-"
        case .tilde: return "~"
        case .orOr: return "||"
        case .andAnd: return "&&"
        case .eql: return "=="
        case .neq: return "!="
        case .lss: return "<"
        case .leq: return "<="
        case .gtr: return ">"
        case .geq: return ">="
        case .add: return "+"
        case .sub: return "-"
        case .or: return "|"
        case .xor: return "^"
        case .mul: return "*"
        case .div: return "/"
        case .rem: return "%"
        case .and: return "&"
        case .andNot: return "&^"
        case .shl: return "<<"
        case .shr: return ">>"
        }
    }

    public var precedence: Int {
        switch self {
        case .orOr: return 1
        case .andAnd: return 2
        case .eql, .neq, .lss, .leq, .gtr, .geq: return 3
        case .add, .sub, .or, .xor: return 4
        case .mul, .div, .rem, .and, .andNot, .shl, .shr: return 5
        default: return 0
        }
    }

    public var isComparison: Bool { precedence == 3 }
}

public enum LiteralKind: UInt8, Sendable {
    case int, float, imag, rune, string
}
