// Expressions: operands, primary expressions, unary and binary operations,
// composite literals and call arguments, following gc's parser. The `xnest`
// counter resolves the composite-literal ambiguity of `if x == T {}`: at
// xnest < 0 (a statement header) a `{` after a type name ends the expression.

import Base

extension Parser {
    // Production: Expression
    mutating func expr() -> Expr { binaryExpr(nil, 0) }

    // Production: Expression
    mutating func binaryExpr(_ x0: Expr?, _ prec0: Int) -> Expr {
        var x = x0 ?? unaryExpr()
        // each operand of a chain deepens the (left-leaning) tree by one
        var levels = 0
        defer { depth -= levels }
        while (tok == .operator || tok == .star) && prec > prec0 {
            levels += 1
            guard enter() else { return x }
            let opos = pos
            let o = op
            let tprec = prec
            next()
            let y = binaryExpr(nil, tprec)
            x = Operation(opos, op: o, x: x, y: y)
        }
        return x
    }

    // Production: UnaryExpr
    mutating func unaryExpr() -> Expr {
        defer { depth -= 1 }
        guard enter() else { return badExpr() }
        switch tok {
        case .operator, .star:
            switch op {
            case .mul, .add, .sub, .not, .xor, .tilde:
                let opos = pos
                let o = op
                next()
                return Operation(opos, op: o, x: unaryExpr())
            case .and:
                let opos = pos
                next()
                return Operation(opos, op: .and, x: unparen(unaryExpr()))
            default:
                break
            }
        case .arrow:
            let apos = pos
            next()
            let x = unaryExpr()
            if x is ChanType {
                // <-chan T: the arrow belongs to the channel type
                var dir = ChanDir.sendOnly
                var t: Expr = x
                while dir == .sendOnly {
                    guard let c = t as? ChanType else { break }
                    dir = c.dir
                    if dir == .recvOnly { syntaxError("unexpected <-, expected chan") }
                    c.dir = .recvOnly
                    t = c.elem
                }
                if dir == .sendOnly {
                    syntaxError("unexpected \(exprString(t)), expected chan")
                }
                return x
            }
            return Operation(apos, op: .recv, x: x)
        default:
            break
        }
        return pexpr(nil, keepParens: true)
    }

    // Production: Operand
    // Production: Literal
    // Production: OperandName
    // Production: FunctionLit
    mutating func operand(keepParens keep: Bool) -> Expr {
        var keepParens = keep
        switch tok {
        case .name:
            return name()
        case .literal:
            return oliteral()!
        case .lparen:
            let lpos = pos
            next()
            xnest += 1
            var x = expr()
            xnest -= 1
            want(.rparen)
            if tok == .lbrace { keepParens = true }
            if keepParens { x = ParenExpr(lpos, x) }
            return x
        case .kwFunc:
            let fpos = pos
            next()
            let (_, ftyp) = funcType(context: "function type")
            if tok == .lbrace {
                xnest += 1
                let body = funcBody()
                xnest -= 1
                return FuncLit(fpos, type: ftyp, body: body)
            }
            return ftyp
        case .lbrack, .kwChan, .kwMap, .kwStruct, .kwInterface:
            return type_()
        default:
            let x = badExpr()
            syntaxError("expected expression")
            advance(.rparen, .rbrack, .rbrace)
            return x
        }
    }

    // Production: PrimaryExpr
    // Production: Selector
    // Production: Index
    // Production: Slice
    // Production: TypeAssertion
    // Production: Conversion
    // Production: MethodExpr
    // Production: ReceiverType
    // Production: CompositeLit
    // Production: LiteralType
    // Production: TypeSwitchGuard
    mutating func pexpr(_ x0: Expr?, keepParens: Bool) -> Expr {
        var x = x0 ?? operand(keepParens: keepParens)
        var levels = 0
        defer { depth -= levels }
        loop: while true {
            levels += 1
            guard enter() else { return x }
            let ppos = pos
            switch tok {
            case .dot:
                next()
                switch tok {
                case .name:
                    x = SelectorExpr(ppos, x: x, sel: name())
                case .lparen:
                    next()
                    if got(.kwType) {
                        x = TypeSwitchGuard(ppos, x: x)
                    } else {
                        x = AssertExpr(ppos, x: x, type: type_())
                    }
                    want(.rparen)
                default:
                    syntaxError("expected name or (")
                    advance(.semi, .rparen)
                }
            case .lbrack:
                next()
                var i: Expr?
                if tok != .colon {
                    var comma = false
                    if tok == .rbrack {
                        syntaxError("expected operand")
                        i = badExpr()
                    } else {
                        let r = typeList(strict: false)
                        i = r.0
                        comma = r.1
                    }
                    if comma || tok == .rbrack {
                        want(.rbrack)
                        x = IndexExpr(ppos, x: x, index: i!)
                        break
                    }
                }
                // x[i:...
                if !got(.colon) {
                    syntaxError("expected comma, : or ]")
                    advance(.comma, .colon, .rbrack)
                }
                xnest += 1
                let t = SliceExpr(ppos, x: x)
                t.index[0] = i
                if tok != .colon && tok != .rbrack { t.index[1] = expr() }
                if tok == .colon {
                    t.full = true
                    if t.index[1] == nil {
                        error("middle index required in 3-index slice")
                        t.index[1] = badExpr()
                    }
                    next()
                    if tok != .rbrack {
                        t.index[2] = expr()
                    } else {
                        error("final index required in 3-index slice")
                        t.index[2] = badExpr()
                    }
                }
                xnest -= 1
                want(.rbrack)
                x = t
            case .lparen:
                next()
                let c = CallExpr(ppos, fun: x)
                (c.args, c.hasDots) = argList()
                x = c
            case .lbrace:
                let t = unparen(x)
                var ok = false
                switch t {
                case is Name, is SelectorExpr:
                    ok = xnest >= 0
                case is IndexExpr:
                    ok = xnest >= 0 && !isValue(t)
                case is ArrayType, is SliceType, is StructType, is MapType:
                    ok = true
                default:
                    break
                }
                if !ok { break loop }
                if t !== x { syntaxError("cannot parenthesize type in composite literal") }
                let n = complitexpr()
                n.type = x
                x = n
            default:
                break loop
            }
        }
        return x
    }

    func isValue(_ x: Expr) -> Bool {
        switch x {
        case is BasicLit, is CompositeLit, is FuncLit, is SliceExpr, is AssertExpr, is TypeSwitchGuard, is CallExpr:
            return true
        case let o as Operation:
            return o.op != .mul || o.y != nil
        case let p as ParenExpr:
            return isValue(p.x)
        case let i as IndexExpr:
            return isValue(i.x) || isValue(i.index)
        default:
            return false
        }
    }

    // Production: Element
    // Production: Key
    mutating func bareComplitexpr() -> Expr {
        if tok == .lbrace { return complitexpr() }
        return expr()
    }

    // Production: LiteralValue
    // Production: ElementList
    // Production: KeyedElement
    // Production: FieldName
    mutating func complitexpr() -> CompositeLit {
        let x = CompositeLit(pos)
        xnest += 1
        want(.lbrace)
        x.rbrace = list("composite literal", .comma, .rbrace) { p in
            var e = p.bareComplitexpr()
            if p.tok == .colon {
                let kpos = p.pos
                p.next()
                e = KeyValueExpr(kpos, key: e, value: p.bareComplitexpr())
                x.nKeys += 1
            }
            x.elems.append(e)
            return false
        }
        xnest -= 1
        return x
    }

    // Production: Arguments
    mutating func argList() -> ([Expr], Bool) {
        var args: [Expr] = []
        var dots = false
        xnest += 1
        list("argument list", .comma, .rparen) { p in
            args.append(p.expr())
            dots = p.got(.dotDotDot)
            return dots
        }
        xnest -= 1
        return (args, dots)
    }

    // Production: ExpressionList
    mutating func exprList() -> Expr {
        let x = expr()
        if got(.comma) {
            var l = [x, expr()]
            while got(.comma) { l.append(expr()) }
            return ListExpr(x.pos, l)
        }
        return x
    }

    /// An expression or type list inside [ ]; reports whether a comma was seen.
    // Production: TypeArgs
    // Production: TypeList
    mutating func typeList(strict: Bool) -> (Expr, Bool) {
        xnest += 1
        var x = strict ? type_() : expr()
        var comma = false
        if got(.comma) {
            comma = true
            if let t = typeOrNil() {
                var l = [x, t]
                while got(.comma) {
                    guard let t = typeOrNil() else { break }
                    l.append(t)
                }
                x = ListExpr(x.pos, l)
            }
        }
        xnest -= 1
        return (x, comma)
    }
}
