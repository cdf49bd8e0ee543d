// Statements: simple statements, blocks, if/for/switch/select with their
// headers, labels and branches, following gc's parser, including its
// header diagnostics ("cannot use x := 0 as value", "missing condition in if
// statement", "expected for loop condition").

import Base

extension Parser {
    // Production: SimpleStmt
    // Production: ExpressionStmt
    // Production: SendStmt
    // Production: Channel
    // Production: IncDecStmt
    // Production: Assignment
    // Production: ShortVarDecl
    // Production: RecvStmt
    // Production: TypeSwitchGuard
    mutating func simpleStmt(_ lhs0: Expr?, keyword: Token?) -> SimpleStmt {
        if keyword == .kwFor && tok == .kwRange {
            return newRangeClause(nil, def: false)
        }
        let lhs = lhs0 ?? exprList()
        if !(lhs is ListExpr) && tok != .assign && tok != .define {
            let spos = pos
            switch tok {
            case .assignOp:
                let o = op
                next()
                return AssignStmt(spos, op: o, lhs: lhs, rhs: expr())
            case .incOp:
                let o = op
                next()
                return AssignStmt(spos, op: o, lhs: lhs, rhs: nil)
            case .arrow:
                next()
                return SendStmt(spos, chan: lhs, value: expr())
            default:
                return ExprStmt(lhs.pos, lhs)
            }
        }
        switch tok {
        case .assign, .define:
            let apos = pos
            let o: Operator = tok == .define ? .def : .none
            next()
            if keyword == .kwFor && tok == .kwRange {
                return newRangeClause(lhs, def: o == .def)
            }
            let rhs = exprList()
            if let g = rhs as? TypeSwitchGuard, keyword == .kwSwitch, o == .def, let n = lhs as? Name {
                g.lhs = n
                return ExprStmt(g.pos, g)
            }
            return AssignStmt(apos, op: o, lhs: lhs, rhs: rhs)
        default:
            syntaxError("expected := or = or comma")
            advance(.semi, .rbrace)
            var x = lhs
            if let l = lhs as? ListExpr { x = l.elems[0] }
            return ExprStmt(x.pos, x)
        }
    }

    // Production: RangeClause
    mutating func newRangeClause(_ lhs: Expr?, def: Bool) -> RangeClause {
        let rpos = pos
        next()
        return RangeClause(rpos, lhs: lhs, def: def, x: expr())
    }

    // Production: LabeledStmt
    // Production: Label
    mutating func labeledStmtOrNil(_ label: Name) -> Stmt? {
        let lpos = pos
        want(.colon)
        if tok == .rbrace {
            return LabeledStmt(lpos, label: label, stmt: EmptyStmt(pos))
        }
        if let st = stmtOrNil() {
            return LabeledStmt(lpos, label: label, stmt: st)
        }
        syntaxErrorAt(lpos, "missing statement after label")
        return nil
    }

    // Production: Block
    mutating func blockStmt(_ context: String) -> BlockStmt {
        let s = BlockStmt(pos)
        if !got(.lbrace) {
            syntaxError("expected { after " + context)
            advance(.name, .rbrace)
            s.rbrace = pos
            if got(.rbrace) { return s }
        }
        s.list = stmtList()
        s.rbrace = pos
        want(.rbrace)
        return s
    }

    // Production: Declaration
    mutating func declStmt(_ f: (inout Parser, Group?) -> Decl?) -> DeclStmt {
        let s = DeclStmt(pos)
        next()
        appendGroup(&s.decls, f)
        return s
    }

    // Production: ForStmt
    mutating func forStmt() -> Stmt {
        let s = ForStmt(pos)
        (s.initStmt, s.cond, s.post) = header(.kwFor)
        s.body = blockStmt("for clause")
        return s
    }

    // Production: ForClause
    // Production: InitStmt
    // Production: Condition
    // Production: PostStmt
    mutating func header(_ keyword: Token) -> (SimpleStmt?, Expr?, SimpleStmt?) {
        want(keyword)
        var initStmt: SimpleStmt?
        var cond: Expr?
        var post: SimpleStmt?
        if tok == .lbrace {
            if keyword == .kwIf {
                syntaxError("missing condition in if statement")
                cond = badExpr()
            }
            return (nil, cond, nil)
        }
        let outer = xnest
        xnest = -1
        defer { xnest = outer }
        if tok != .semi {
            if got(.kwVar) {
                syntaxError("var declaration not allowed in \(keyword.text) initializer")
            }
            initStmt = simpleStmt(nil, keyword: keyword)
            if initStmt is RangeClause { return (initStmt, nil, nil) }
        }
        var condStmt: SimpleStmt?
        var semiPos = Pos.none
        var semiLit = ""
        if tok != .lbrace {
            if tok == .semi {
                semiPos = pos
                semiLit = lit
                next()
            } else {
                want(.lbrace)
                if tok != .lbrace { advance(.lbrace, .rbrace) }
            }
            if keyword == .kwFor {
                var skip = false
                if tok != .semi {
                    if tok == .lbrace {
                        syntaxError("expected for loop condition")
                        skip = true
                    } else {
                        condStmt = simpleStmt(nil, keyword: nil)
                    }
                }
                if !skip {
                    want(.semi)
                    if tok != .lbrace {
                        post = simpleStmt(nil, keyword: nil)
                        if let a = post as? AssignStmt, a.op == .def {
                            syntaxErrorAt(a.pos, "cannot declare in post statement of for loop")
                        }
                    }
                }
            } else if tok != .lbrace {
                condStmt = simpleStmt(nil, keyword: keyword)
            }
        } else {
            condStmt = initStmt
            initStmt = nil
        }
        switch condStmt {
        case nil:
            if keyword == .kwIf && semiPos.isKnown {
                if semiLit != "semicolon" {
                    syntaxErrorAt(semiPos, "unexpected \(semiLit), expected { after if clause")
                } else {
                    syntaxErrorAt(semiPos, "missing condition in if statement")
                }
                cond = BadExpr(semiPos)
            }
        case let e as ExprStmt:
            cond = e.x
        case let s?:
            var str: String
            if let a = s as? AssignStmt, a.op == .none, let rhs = a.rhs {
                str = "assignment " + emphasize(a.lhs) + " = " + emphasize(rhs)
            } else {
                str = stmtString(s)
            }
            syntaxErrorAt(s.pos, "cannot use \(str) as value")
        }
        return (initStmt, cond, post)
    }

    func emphasize(_ x: Expr) -> String {
        let s = exprString(x)
        if let o = x as? Operation, o.y != nil { return "(" + s + ")" }
        return s
    }

    // Production: IfStmt
    mutating func ifStmt() -> IfStmt {
        let s = IfStmt(pos)
        let h = header(.kwIf)
        s.initStmt = h.0
        s.cond = h.1
        s.then = blockStmt("if clause")
        if got(.kwElse) {
            switch tok {
            case .kwIf: s.elseStmt = ifStmt()
            case .lbrace: s.elseStmt = blockStmt("")
            default:
                syntaxError("else must be followed by if or statement block")
                advance(.name, .rbrace)
            }
        }
        return s
    }

    // Production: SwitchStmt
    // Production: ExprSwitchStmt
    // Production: TypeSwitchStmt
    mutating func switchStmt() -> SwitchStmt {
        let s = SwitchStmt(pos)
        let h = header(.kwSwitch)
        s.initStmt = h.0
        s.tag = h.1
        if !got(.lbrace) {
            syntaxError("missing { after switch clause")
            advance(.kwCase, .kwDefault, .rbrace)
        }
        while tok != .eof && tok != .rbrace { s.body.append(caseClause()) }
        s.rbrace = pos
        want(.rbrace)
        return s
    }

    // Production: SelectStmt
    mutating func selectStmt() -> SelectStmt {
        let s = SelectStmt(pos)
        want(.kwSelect)
        if !got(.lbrace) {
            syntaxError("missing { after select clause")
            advance(.kwCase, .kwDefault, .rbrace)
        }
        while tok != .eof && tok != .rbrace { s.body.append(commClause()) }
        s.rbrace = pos
        want(.rbrace)
        return s
    }

    // Production: ExprCaseClause
    // Production: ExprSwitchCase
    // Production: TypeCaseClause
    // Production: TypeSwitchCase
    mutating func caseClause() -> CaseClause {
        let c = CaseClause(pos)
        switch tok {
        case .kwCase:
            next()
            c.cases = exprList()
        case .kwDefault:
            next()
        default:
            syntaxError("expected case or default or }")
            advance(.colon, .kwCase, .kwDefault, .rbrace)
        }
        c.colon = pos
        want(.colon)
        c.body = stmtList()
        return c
    }

    // Production: CommClause
    // Production: CommCase
    // Production: RecvStmt
    // Production: RecvExpr
    mutating func commClause() -> CommClause {
        let c = CommClause(pos)
        switch tok {
        case .kwCase:
            next()
            c.comm = simpleStmt(nil, keyword: nil)
        case .kwDefault:
            next()
        default:
            syntaxError("expected case or default or }")
            advance(.colon, .kwCase, .kwDefault, .rbrace)
        }
        c.colon = pos
        want(.colon)
        c.body = stmtList()
        return c
    }

    // Production: GoStmt
    // Production: DeferStmt
    mutating func callStmt() -> CallStmt {
        let cpos = pos
        let t = tok
        next()
        var x = pexpr(nil, keepParens: tok == .lparen)
        let u = unparen(x)
        if u !== x {
            errorAt(x.pos, "expression in \(t.text) must not be parenthesized")
            x = u
        }
        return CallStmt(cpos, tok: t, call: x)
    }

    // Production: Statement
    // Production: EmptyStmt
    // Production: ReturnStmt
    // Production: BreakStmt
    // Production: ContinueStmt
    // Production: GotoStmt
    // Production: FallthroughStmt
    // Production: Label
    mutating func stmtOrNil() -> Stmt? {
        defer { depth -= 1 }
        guard enter() else { return nil }
        if tok == .name {
            clearPragma()
            let lhs = exprList()
            if let label = lhs as? Name, tok == .colon {
                return labeledStmtOrNil(label)
            }
            return simpleStmt(lhs, keyword: nil)
        }
        switch tok {
        case .kwVar: return declStmt { p, g in p.varDecl(g) }
        case .kwConst: return declStmt { p, g in p.constDecl(g) }
        case .kwType: return declStmt { p, g in p.typeDecl(g) }
        default: break
        }
        clearPragma()
        switch tok {
        case .lbrace:
            return blockStmt("")
        case .operator, .star:
            switch op {
            case .add, .sub, .mul, .and, .xor, .not:
                return simpleStmt(nil, keyword: nil)
            default:
                return nil
            }
        case .literal, .kwFunc, .lparen, .lbrack, .kwStruct, .kwMap, .kwChan, .kwInterface, .arrow:
            return simpleStmt(nil, keyword: nil)
        case .kwFor: return forStmt()
        case .kwSwitch: return switchStmt()
        case .kwSelect: return selectStmt()
        case .kwIf: return ifStmt()
        case .kwFallthrough:
            let s = BranchStmt(pos, tok: .kwFallthrough)
            next()
            return s
        case .kwBreak, .kwContinue:
            let s = BranchStmt(pos, tok: tok)
            next()
            if tok == .name { s.label = name() }
            return s
        case .kwGo, .kwDefer:
            return callStmt()
        case .kwGoto:
            let s = BranchStmt(pos, tok: .kwGoto)
            next()
            s.label = name()
            return s
        case .kwReturn:
            let s = ReturnStmt(pos)
            next()
            if tok != .semi && tok != .rbrace { s.results = exprList() }
            return s
        case .semi:
            return EmptyStmt(pos)
        default:
            return nil
        }
    }

    // Production: StatementList
    mutating func stmtList() -> [Stmt] {
        var l: [Stmt] = []
        while tok != .eof && tok != .rbrace && tok != .kwCase && tok != .kwDefault {
            let st = stmtOrNil()
            clearPragma()
            guard let s = st else { break }
            l.append(s)
            if !got(.semi) && tok != .rbrace {
                syntaxError("at end of statement")
                advance(.semi, .rbrace, .kwCase, .kwDefault)
                _ = got(.semi)
            }
        }
        return l
    }
}
