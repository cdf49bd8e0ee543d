// Phase 1 and 2 of checking (see Checker.swift): collect the package-level
// objects of all files, resolve them in source order, associate methods with
// their receiver base types, and report unused imports.

import Base
import Syntax
import Constant

extension Checker {
    func collectObjects() {
        var order = 0
        for file in files {
            let fileScope = Scope(parent: pkg.scope, start: file.pos)
            fileScopes.append(fileScope)
            for decl in file.decls {
                order += 1
                switch decl {
                case let d as ImportDecl:
                    collectImport(d, fileScope)
                case let d as ConstDecl:
                    collectConsts(d, fileScope, &order)
                case let d as VarDecl:
                    collectVars(d, fileScope, &order)
                case let d as TypeDecl:
                    let obj = TypeName(name: d.name.value, pos: d.name.pos, type: nil, pkg: pkg)
                    obj.order = order
                    let info = DeclInfo(fileScope: fileScope)
                    info.tdecl = d
                    obj.decl = info
                    declarePkgObj(d.name, obj, info)
                case let d as FuncDecl:
                    collectFunc(d, fileScope, order)
                default:
                    break
                }
            }
        }
        // names declared both through a dot-import and in the package scope
        for (_, imp, _) in dotImports {
            for o in imp.scope.order where o.isExported {
                if let alt = pkg.scope.lookup(o.name) {
                    error(alt.pos, "\(o.name) already declared through dot-import of package \(imp.name) (\"\(imp.path)\")\n\t\(posString(o.pos)): other declaration of \(o.name)")
                }
            }
        }
        // names declared both in a file scope (imports) and the package scope
        for fs in fileScopes {
            for obj in fs.order {
                if let alt = pkg.scope.lookup(obj.name), obj is PkgName {
                    error(alt.pos, "\(alt.name) already declared through import of package \((obj as! PkgName).imported.name) (\"\((obj as! PkgName).imported.path)\")\n\t\(posString(obj.pos)): other declaration of \(obj.name)")
                }
            }
        }
    }

    private func declarePkgObj(_ id: Name, _ obj: Object, _ info: DeclInfo) {
        if obj.name == "init" {
            error(id.pos, "cannot declare init - must be func")
            return
        }
        if obj.name == "main" && pkg.name == "main" && !(obj is Func) {
            error(id.pos, "cannot declare main - must be func")
            return
        }
        declare(pkg.scope, id, obj)
        objDecls[ObjectIdentifier(obj)] = info
        // a blank package-level object is in no scope but is checked, and a blank
        // variable is initialized, all the same
        if id.value == "_" { blankPkgObjs.append(obj) }
    }

    private func collectImport(_ d: ImportDecl, _ fileScope: Scope) {
        guard let lit = d.path, !lit.bad else { return }
        let path: String
        do {
            path = String(decoding: try unquoteString(lit.value), as: UTF8.self)
        } catch {
            return
        }
        if path.isEmpty {
            error(lit.pos, "invalid import path: \(lit.value)")
            return
        }
        // (the standard library's own files may import packages declared only in part)
        guard isLibrary || importer.provides(path), let imp = importer.importPackage(path) else {
            error(lit.pos, "package \(path) is not in std")
            return
        }
        var name = imp.name
        if let l = d.localName {
            name = l.value
            if name == "init" {
                error(l.pos, "cannot import package as init - init must be a func")
                return
            }
        }
        if name == "." {
            dotImports.append((fileScope, imp, d))
            for o in imp.scope.order where o.isExported {
                fileScope.insert(o)
            }
            return
        }
        if name == "_" { return }
        let pn = PkgName(name: name, pos: d.pos, pkg: pkg, imported: imp)
        pn.renamed = d.localName != nil && name != imp.name
        declare(fileScope, d.localName, pn)
        imports.append(pn)
        pkg.imports.append(imp)
    }

    private func collectConsts(_ d: ConstDecl, _ fileScope: Scope, _ order: inout Int) {
        // a ConstDecl without type and values inherits from the previous spec of its group
        if d.group == nil || d.group !== lastConstGroup {
            lastConstGroup = d.group
            lastConstSpec = nil
            constIota = 0
        } else {
            constIota += 1
        }
        var spec: ConstDecl? = d
        var inherited = true
        if d.type != nil || d.values != nil {
            lastConstSpec = d
            inherited = false
        } else if lastConstSpec == nil {
            spec = nil
            inherited = false
        } else {
            spec = lastConstSpec
        }
        let values = unpackList(spec?.values)
        for (i, n) in d.names.enumerated() {
            let obj = Const(name: n.value, pos: n.pos, type: nil, pkg: pkg, value: .unknown)
            order += 1
            obj.order = order
            let info = DeclInfo(fileScope: fileScope)
            info.typeExpr = spec?.type
            info.initExpr = i < values.count ? values[i] : nil
            info.inherited = inherited
            info.iota = constIota
            obj.decl = info
            declarePkgObj(n, obj, info)
        }
        arity(d.pos, d.names, values, constDecl: true, inherited: inherited)
    }

    /// types2's arity check of a const or var spec: "extra init expr", "missing init expr for x".
    func arity(_ pos: Pos, _ names: [Name], _ inits: [Expr], constDecl: Bool, inherited: Bool) {
        let l = names.count, r = inits.count
        if l < r {
            let n = inits[l]
            if inherited {
                error(pos, "extra init expr at \(posString(n.pos))")
            } else {
                error(n, "extra init expr \(exprString(n))")
            }
        } else if l > r && (constDecl || r != 1) {
            let n = names[r]
            error(n.pos, "missing init expr for \(n.value)")
        }
    }

    private func collectVars(_ d: VarDecl, _ fileScope: Scope, _ order: inout Int) {
        let values = unpackList(d.values)
        var vars: [Var] = []
        for n in d.names {
            let v = Var(name: n.value, pos: n.pos, type: nil, pkg: pkg)
            v.kind = .package
            vars.append(v)
        }
        let shared: DeclInfo?
        if values.count == 1 && d.names.count > 1 {
            let info = DeclInfo(fileScope: fileScope)
            info.lhs = vars
            info.typeExpr = d.type
            info.initExpr = values[0]
            shared = info
        } else {
            shared = nil
        }
        for (i, n) in d.names.enumerated() {
            let v = vars[i]
            order += 1
            v.order = order
            let info: DeclInfo
            if let shared {
                info = shared
            } else {
                info = DeclInfo(fileScope: fileScope)
                info.typeExpr = d.type
                info.initExpr = i < values.count ? values[i] : nil
            }
            v.decl = info
            declarePkgObj(n, v, info)
        }
        if d.type == nil || d.values != nil {
            arity(d.pos, d.names, values, constDecl: false, inherited: false)
        }
    }

    private func collectFunc(_ d: FuncDecl, _ fileScope: Scope, _ order: Int) {
        let name = d.name.value
        let obj = Func(name: name, pos: d.name.pos, type: nil, pkg: pkg)
        obj.order = order
        obj.hasBody = d.body != nil
        let info = DeclInfo(fileScope: fileScope)
        info.fdecl = d
        obj.decl = info
        if d.recv == nil {
            if name == "init" || (name == "main" && pkg.name == "main") {
                if !d.tparams.isEmpty {
                    error(d.tparams[0].pos, "func \(name) must have no type parameters")
                } else if !d.type.params.isEmpty || !d.type.results.isEmpty {
                    error(d.name.pos, "func \(name) must have no arguments and no return values")
                }
            }
            if name == "init" {
                if d.body == nil { error(d.name.pos, "missing function body") }
                objDecls[ObjectIdentifier(obj)] = info
                recordDef(d.name, obj)
                funcDecls.append((obj, d, info))
                return
            }
            declarePkgObj(d.name, obj, info)
            funcDecls.append((obj, d, info))
        } else {
            // methods are associated with their base type when it is resolved
            objDecls[ObjectIdentifier(obj)] = info
            recordDef(d.name, obj)
            if let base = receiverBaseName(d.recv!.type) {
                methodsByBase[base, default: []].append(d)
                methodObjs[ObjectIdentifier(d)] = obj
            } else {
                orphanMethods.append((obj, d, info))
            }
            funcDecls.append((obj, d, info))
        }
    }

    /// The name of a receiver's base type: T in T, *T, T[P], *T[P], (T).
    func receiverBaseName(_ e: Expr?) -> String? {
        guard var e else { return nil }
        e = unparen(e)
        if let o = e as? Operation, o.op == .mul, o.y == nil { e = unparen(o.x) }
        if let ix = e as? IndexExpr { e = ix.x }
        return (e as? Name)?.value
    }

    func packageObjects() {
        var objs: [Object] = []
        for o in pkg.scope.order + blankPkgObjs where objDecls[ObjectIdentifier(o)] != nil { objs.append(o) }
        objs.sort { $0.order < $1.order || ($0.order == $1.order && $0.pos < $1.pos) }
        for o in objs {
            if errors.isFull { return }
            objDecl(o)
        }
        // methods whose receiver base type is not a type of this package
        for (base, decls) in methodsByBase.sorted(by: { $0.key < $1.key }) where !resolvedMethodBases.contains(base) {
            for d in decls {
                guard let obj = methodObjs[ObjectIdentifier(d)], let info = objDecls[ObjectIdentifier(obj)] else { continue }
                orphanMethods.append((obj, d, info))
            }
        }
        for (obj, d, info) in orphanMethods.sorted(by: { $0.0.pos < $1.0.pos }) {
            checkOrphanMethod(obj, d, info)
        }
        // function bodies, in source order
        for (obj, d, info) in funcDecls {
            if obj.type == nil { funcType(obj, d, info) }
            if let body = d.body, let sig = obj.type as? Signature {
                later { [unowned self] in self.funcBody(info, obj.name, sig, body) }
            }
        }
    }

    /// Reports a method whose receiver is not a local defined type.
    func checkOrphanMethod(_ obj: Func, _ d: FuncDecl, _ info: DeclInfo) {
        let saved = env
        env = Environment(decl: info, scope: info.fileScope)
        defer { env = saved }
        funcType(obj, d, info)
    }

    func unusedImports() {
        for pn in imports where !pn.used {
            let path = pn.imported.path
            if pn.renamed {
                error(pn.pos, "\"\(path)\" imported as \(pn.name) and not used")
            } else {
                error(pn.pos, "\"\(path)\" imported and not used")
            }
        }
        for (fs, imp, d) in dotImports {
            let used = imp.scope.order.contains { o in dotUsed.contains(ObjectIdentifier(o)) && fs.lookup(o.name) === o }
            if !used {
                error(d.pos, "\"\(imp.path)\" imported and not used")
            }
        }
    }
}
