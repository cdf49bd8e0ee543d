// Types: type literals, parameter lists (also type parameter lists, whose
// constraints may be type-set terms), struct and interface bodies, following
// gc's parser, including its rules for telling `[N]T` from `G[T]` and its
// "missing parameter name / type" diagnostics.

import Base

extension Parser {
    // Production: Type
    mutating func type_() -> Expr {
        if let t = typeOrNil() { return t }
        let t = badExpr()
        syntaxError("expected type")
        advance(.comma, .colon, .semi, .rparen, .rbrack, .rbrace)
        return t
    }

    // Production: TypeLit
    // Production: Type
    // Production: PointerType
    // Production: BaseType
    // Production: FunctionType
    // Production: MapType
    // Production: KeyType
    // Production: ChannelType
    mutating func typeOrNil() -> Expr? {
        defer { depth -= 1 }
        guard enter() else { return badExpr() }
        let tpos = pos
        switch tok {
        case .star:
            next()
            return Operation(tpos, op: .mul, x: type_())
        case .arrow:
            next()
            want(.kwChan)
            return ChanType(tpos, dir: .recvOnly, elem: chanElem())
        case .kwFunc:
            next()
            return funcType(context: "function type").1
        case .lbrack:
            next()
            if got(.rbrack) { return sliceType(tpos) }
            return arrayType(tpos, len: nil)
        case .kwChan:
            next()
            var dir = ChanDir.both
            if got(.arrow) { dir = .sendOnly }
            return ChanType(tpos, dir: dir, elem: chanElem())
        case .kwMap:
            next()
            want(.lbrack)
            let k = type_()
            want(.rbrack)
            return MapType(tpos, key: k, value: type_())
        case .kwStruct:
            return structType()
        case .kwInterface:
            return interfaceType()
        case .name:
            return qualifiedName(nil)
        case .lparen:
            next()
            let t = type_()
            want(.rparen)
            return t
        default:
            return nil
        }
    }

    // Production: TypeArgs
    mutating func typeInstance(_ typ: Expr) -> Expr {
        let ipos = pos
        want(.lbrack)
        let index: Expr
        if tok == .rbrack {
            syntaxError("expected type argument list")
            index = badExpr()
        } else {
            index = typeList(strict: true).0
        }
        want(.rbrack)
        return IndexExpr(ipos, x: typ, index: index)
    }

    // Production: Signature
    // Production: TypeParameters
    mutating func funcType(context: String) -> ([Field], FuncType) {
        let typ = FuncType(pos)
        var tparams: [Field] = []
        if got(.lbrack) {
            if !context.isEmpty { syntaxErrorAt(typ.pos, context + " must have no type parameters") }
            if tok == .rbrack {
                syntaxError("empty type parameter list")
                next()
            } else {
                tparams = paramList(name: nil, type: nil, close: .rbrack, requireNames: true, dddok: false)
            }
        }
        want(.lparen)
        typ.params = paramList(name: nil, type: nil, close: .rparen, requireNames: false, dddok: true)
        typ.results = funcResult()
        return (tparams, typ)
    }

    // Production: ArrayType
    // Production: ArrayLength
    // Production: ElementType
    // Production: LiteralType
    mutating func arrayType(_ apos: Pos, len: Expr?) -> Expr {
        var n = len
        if n == nil && !got(.dotDotDot) {
            xnest += 1
            n = expr()
            xnest -= 1
        }
        if tok == .comma {
            syntaxError("unexpected comma; expected ]")
            next()
        }
        want(.rbrack)
        return ArrayType(apos, len: n, elem: type_())
    }

    // Production: SliceType
    // Production: ElementType
    mutating func sliceType(_ spos: Pos) -> Expr {
        SliceType(spos, elem: type_())
    }

    // Production: ChannelType
    // Production: ElementType
    mutating func chanElem() -> Expr {
        if let t = typeOrNil() { return t }
        let t = badExpr()
        syntaxError("missing channel element type")
        return t
    }

    // Production: StructType
    mutating func structType() -> StructType {
        let typ = StructType(pos)
        want(.kwStruct)
        want(.lbrace)
        list("struct type", .semi, .rbrace) { p in
            p.fieldDecl(typ)
            return false
        }
        return typ
    }

    // Production: InterfaceType
    // Production: InterfaceElem
    mutating func interfaceType() -> InterfaceType {
        let typ = InterfaceType(pos)
        want(.kwInterface)
        want(.lbrace)
        list("interface type", .semi, .rbrace) { p in
            var f: Field?
            if p.tok == .name { f = p.methodDecl() }
            if f == nil || f!.name == nil { f = p.embeddedElem(f) }
            typ.methods.append(f!)
            return false
        }
        return typ
    }

    // Production: Result
    mutating func funcResult() -> [Field] {
        if got(.lparen) {
            return paramList(name: nil, type: nil, close: .rparen, requireNames: false, dddok: false)
        }
        let rpos = pos
        if let t = typeOrNil() { return [Field(rpos, type: t)] }
        return []
    }

    func addField(_ styp: StructType, _ fpos: Pos, _ name: Name?, _ typ: Expr, _ tag: BasicLit?) {
        if let tag {
            while styp.tags.count < styp.fields.count { styp.tags.append(nil) }
            styp.tags.append(tag)
        }
        styp.fields.append(Field(fpos, name: name, type: typ))
    }

    // Production: FieldDecl
    // Production: EmbeddedField
    // Production: Tag
    mutating func fieldDecl(_ styp: StructType) {
        let fpos = pos
        switch tok {
        case .name:
            let n = name()
            if tok == .dot || tok == .literal || tok == .semi || tok == .rbrace {
                // embedded type
                let typ = qualifiedName(n)
                addField(styp, fpos, nil, typ, oliteral())
                return
            }
            let names = nameList(n)
            var typ: Expr
            if names.count == 1 && tok == .lbrack {
                typ = arrayOrTArgs()
                if let ix = typ as? IndexExpr {
                    // embedded generic type T[P1, P2]
                    ix.x = n
                    addField(styp, fpos, nil, ix, oliteral())
                    return
                }
            } else {
                typ = type_()
            }
            let tag = oliteral()
            for nm in names { addField(styp, nm.pos, nm, typ, tag) }
        case .star:
            next()
            var typ: Expr
            if tok == .lparen {
                syntaxError("cannot parenthesize embedded type")
                next()
                typ = qualifiedName(nil)
                _ = got(.rparen)
            } else {
                typ = qualifiedName(nil)
            }
            let tag = oliteral()
            addField(styp, fpos, nil, Operation(fpos, op: .mul, x: typ), tag)
        case .lparen:
            syntaxError("cannot parenthesize embedded type")
            next()
            var typ: Expr
            if tok == .star {
                let spos = pos
                next()
                typ = Operation(spos, op: .mul, x: qualifiedName(nil))
            } else {
                typ = qualifiedName(nil)
            }
            _ = got(.rparen)
            addField(styp, fpos, nil, typ, oliteral())
        default:
            syntaxError("expected field name or embedded type")
            advance(.semi, .rbrace)
        }
    }

    // Production: ArrayType
    // Production: TypeArgs
    mutating func arrayOrTArgs() -> Expr {
        let apos = pos
        want(.lbrack)
        if got(.rbrack) { return sliceType(apos) }
        let (n, comma) = typeList(strict: false)
        want(.rbrack)
        if !comma, let elem = typeOrNil() {
            return ArrayType(apos, len: n, elem: elem)
        }
        return IndexExpr(apos, x: BadExpr(apos), index: n)
    }

    // Production: MethodElem
    // Production: MethodName
    mutating func methodDecl() -> Field {
        let f = Field(pos)
        let n = name()
        let context = "interface method"
        switch tok {
        case .lparen:
            f.name = n
            f.type = funcType(context: context).1
        case .lbrack:
            let lpos = pos
            next()
            if tok == .rbrack {
                let rpos = pos
                next()
                if tok == .lparen {
                    errorAt(rpos, "empty type parameter list")
                    f.name = n
                    f.type = funcType(context: context).1
                } else {
                    errorAt(rpos, "empty type argument list")
                    f.type = n
                }
                break
            }
            let l = paramList(name: nil, type: nil, close: .rbrack, requireNames: false, dddok: false)
            if l.isEmpty {
                if tok == .lparen {
                    f.name = n
                    f.type = funcType(context: context).1
                } else {
                    f.type = n
                }
                break
            }
            if l[0].name != nil {
                f.name = n
                f.type = funcType(context: context).1
                errorAt(lpos, "interface method must have no type parameters")
                break
            }
            let index: Expr = l.count == 1 ? l[0].type! : ListExpr(l[0].pos, l.map { $0.type! })
            f.type = IndexExpr(lpos, x: n, index: index)
        default:
            f.type = qualifiedName(n)
        }
        return f
    }

    // Production: TypeElem
    // Production: TypeConstraint
    mutating func embeddedElem(_ f0: Field?) -> Field {
        let f: Field
        if let f0 {
            f = f0
        } else {
            f = Field(pos)
            f.type = embeddedTerm()
        }
        while tok == .operator && op == .or {
            let opos = pos
            next()
            f.type = Operation(opos, op: .or, x: f.type!, y: embeddedTerm())
        }
        return f
    }

    // Production: TypeTerm
    // Production: UnderlyingType
    mutating func embeddedTerm() -> Expr {
        if tok == .operator && op == .tilde {
            let tpos = pos
            next()
            return Operation(tpos, op: .tilde, x: type_())
        }
        if let t = typeOrNil() { return t }
        let t = badExpr()
        syntaxError("expected ~ term or type")
        advance(.operator, .semi, .rparen, .rbrack, .rbrace)
        return t
    }

    // Production: ParameterDecl
    // Production: TypeParamDecl
    // Production: TypeConstraint
    mutating func paramDeclOrNil(_ name0: Name?, follow: Token) -> Field? {
        let typeSetsOK = follow == .rbrack
        var ppos = pos
        if let name0 {
            ppos = name0.pos
        } else if typeSetsOK && tok == .operator && op == .tilde {
            return embeddedElem(nil)
        }
        var f = Field(ppos)
        if tok == .name || name0 != nil {
            let n = name0 ?? name()
            if tok == .lbrack {
                let t = arrayOrTArgs()
                f.type = t
                if let ix = t as? IndexExpr { ix.x = n } else { f.name = n }
                if typeSetsOK && tok == .operator && op == .or { f = embeddedElem(f) }
                return f
            }
            if tok == .dot {
                f.type = qualifiedName(n)
                if typeSetsOK && tok == .operator && op == .or { f = embeddedElem(f) }
                return f
            }
            if typeSetsOK && tok == .operator && op == .or {
                f.type = n
                return embeddedElem(f)
            }
            f.name = n
        }
        if tok == .dotDotDot {
            let dpos = pos
            next()
            if let elem = typeOrNil() {
                f.type = DotsType(dpos, elem: elem)
            } else {
                f.type = badExpr()
                syntaxError("... is missing type")
            }
            return f
        }
        if typeSetsOK && tok == .operator && op == .tilde {
            f.type = embeddedElem(nil).type
            return f
        }
        f.type = typeOrNil()
        if typeSetsOK && tok == .operator && op == .or && f.type != nil { f = embeddedElem(f) }
        if f.name != nil || f.type != nil { return f }
        syntaxError("expected " + follow.errorText)
        advance(.comma, follow)
        return nil
    }

    // Production: Parameters
    // Production: TypeParameters
    // Production: ParameterList
    // Production: TypeParamList
    mutating func paramList(name name0: Name?, type typ0: Expr?, close: Token, requireNames: Bool, dddok: Bool) -> [Field] {
        if let name0, let typ0, tok == close {
            next()
            return [Field(name0.pos, name: name0, type: typ0)]
        }
        var list: [Field] = []
        var named = 0
        var typed = 0
        var name = name0
        var typ = typ0
        let end = self.list("parameter list", .comma, close) { p in
            var par: Field?
            if let t = typ {
                par = Field(name!.pos, name: name, type: t)
            } else {
                par = p.paramDeclOrNil(name, follow: close)
            }
            name = nil
            typ = nil
            if let par {
                if par.name != nil && par.type != nil { named += 1 }
                if par.type != nil { typed += 1 }
                list.append(par)
            }
            return false
        }
        if list.isEmpty { return list }
        if named == 0 && !requireNames {
            // all unnamed: the names are types
            for par in list where par.name != nil {
                par.type = par.name
                par.name = nil
            }
        } else if named != list.count {
            // some named or the list needs names: distribute types right to left
            var errPos = Pos.none
            var t: Expr?
            for par in list.reversed() {
                if let pt = par.type {
                    t = pt
                    if par.name == nil {
                        errPos = startPos(pt)
                        par.name = Name(errPos, "_")
                    }
                } else if let t {
                    par.type = t
                } else {
                    errPos = par.name!.pos
                    par.type = BadExpr(errPos)
                }
            }
            if errPos.isKnown {
                var msg: String
                if named == typed {
                    errPos = end
                    msg = requireNames ? "missing type constraint" : "missing parameter type"
                } else {
                    if requireNames {
                        msg = "missing type parameter name"
                        if list.count == 1 { msg += " or invalid array length" }
                    } else {
                        msg = "missing parameter name"
                    }
                }
                syntaxErrorAt(errPos, msg)
            }
        }
        var first = true
        for (i, f) in list.enumerated() {
            if let d = f.type as? DotsType, !dddok || i + 1 < list.count {
                if first {
                    first = false
                    errorAt(d.pos, dddok ? "can only use ... with final parameter" : "invalid use of ...")
                }
                f.type = d.elem
            }
        }
        return list
    }
}
