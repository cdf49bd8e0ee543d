// The parser: representative programs for every declaration, type,
// expression and statement form of Grammar/go.ebnf (type parameters and
// constraints, instantiations and generic methods included), checked as
// whole trees (see `tree` in SyntaxTestSupport), and syntax errors in gc's
// words at gc's positions. Every expected diagnostic in `gcErrors` is what
// real Go 1.27 (`go build x.go`, via ../shared/tools/go-oracle) printed for
// the same file; gc writes positions inside a message with the path the go
// command gave it (`./x.go`), gosub with the path as given (`x.go`).

import XCTest
import Base
@testable import Syntax

final class ParserTests: XCTestCase {

    // MARK: helpers

    func decls(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let (f, errs) = parse("package p\n\n" + src + "\n")
        XCTAssertEqual(errs, [], src, file: file, line: line)
        return f?.decls.map(tree) ?? []
    }

    func decl(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let d = decls(src, file: file, line: line)
        XCTAssertEqual(d.count, 1, src, file: file, line: line)
        return d.first ?? ""
    }

    /// The tree of an expression, parsed as the value of a package-level var.
    func expr(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let (f, errs) = parse("package p\n\nvar _ = " + src + "\n")
        XCTAssertEqual(errs, [], src, file: file, line: line)
        return tree((f?.decls.first as? VarDecl)?.values)
    }

    /// The tree of a type, parsed as the type of a package-level var.
    func type(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let (f, errs) = parse("package p\n\nvar _ " + src + "\n")
        XCTAssertEqual(errs, [], src, file: file, line: line)
        return tree((f?.decls.first as? VarDecl)?.type)
    }

    /// The trees of the statements of a function body.
    func stmts(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let (f, errs) = parse("package p\n\nfunc _() {\n" + src + "\n}\n")
        XCTAssertEqual(errs, [], src, file: file, line: line)
        return (f?.decls.first as? FuncDecl)?.body?.list.map(tree) ?? []
    }

    func stmt(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let s = stmts(src, file: file, line: line)
        XCTAssertEqual(s.count, 1, src, file: file, line: line)
        return s.first ?? ""
    }

    // MARK: source files and declarations

    func testPackageClauseAndImports() {
        let (f, errs) = parse("package main\n\nimport \"fmt\"\nimport (\n\tm \"lib/math\"\n\t. \"lib/dot\"\n\t_ \"lib/blank\"\n\t`raw/path`\n)\n")
        XCTAssertEqual(errs, [])
        XCTAssertEqual(f?.pkgName.value, "main")
        XCTAssertEqual(f?.decls.map(tree), ["(import \"fmt\")", "(import m \"lib/math\")", "(import . \"lib/dot\")",
                                            "(import _ \"lib/blank\")", "(import `raw/path`)"])
        let imports = f?.decls.compactMap { $0 as? ImportDecl } ?? []
        XCTAssertNil(imports[0].group)
        XCTAssertTrue(imports[1].group != nil && imports[1].group === imports[4].group)
        XCTAssertEqual(decls("import ()"), [])
        XCTAssertEqual(decls("import \"a\"; import \"b\""), ["(import \"a\")", "(import \"b\")"])
    }

    func testConstDeclarations() {
        XCTAssertEqual(decl("const Pi float64 = 3.14159265358979323846"), "(const (Pi) float64 3.14159265358979323846)")
        XCTAssertEqual(decl("const a, b, c = 3, 4, \"foo\""), "(const (a b c) _ (list 3 4 \"foo\"))")
        XCTAssertEqual(decls("const (\n\tsize int64 = 1024\n\teof        = -1\n)"),
                       ["(const (size) int64 1024)", "(const (eof) _ (- 1))"])
        XCTAssertEqual(decls("const (\n\tSunday = iota\n\tMonday\n\t_\n\tbit0, mask0 = 1 << iota, 1<<iota - 1\n\tbit1, mask1\n)"), [
            "(const (Sunday) _ iota)", "(const (Monday) _ _)", "(const (_) _ _)",
            "(const (bit0 mask0) _ (list (<< 1 iota) (- (<< 1 iota) 1)))", "(const (bit1 mask1) _ _)",
        ])
    }

    func testTypeDeclarations() {
        XCTAssertEqual(decl("type Point struct{ x, y float64 }"), "(type Point (struct (field x float64) (field y float64)))")
        XCTAssertEqual(decls("type (\n\tnodeList = []*Node\n\tPolar    = polar\n)"),
                       ["(alias nodeList (slicetype (* Node)))", "(alias Polar polar)"])
        XCTAssertEqual(decls("type (\n\tA1 = string\n\tB1 string\n\tB3 []B1\n)"),
                       ["(alias A1 string)", "(type B1 string)", "(type B3 (slicetype B1))"])
        XCTAssertEqual(decl("type TimeZone int"), "(type TimeZone int)")
        XCTAssertEqual(decl("type PtrMutex *Mutex"), "(type PtrMutex (* Mutex))")
        XCTAssertEqual(decl("type Block interface {\n\tBlockSize() int\n\tEncrypt(src, dst []byte)\n}"),
                       "(type Block (interface (method BlockSize (func (params) (results (_ int)))) (method Encrypt (func (params (src (slicetype byte)) (dst (slicetype byte))) (results)))))")
    }

    func testGenericTypeDeclarations() {
        XCTAssertEqual(decl("type List[T any] struct {\n\tnext  *List[T]\n\tvalue T\n}"),
                       "(type List (tparams (T any)) (struct (field next (* (index List T))) (field value T)))")
        XCTAssertEqual(decl("type Pair[A, B any] struct {\n\ta A\n\tb B\n}"),
                       "(type Pair (tparams (A any) (B any)) (struct (field a A) (field b B)))")
        XCTAssertEqual(decl("type Tree[K cmp.Ordered, V any] struct {\n\tleft, right *Tree[K, V]\n}"),
                       "(type Tree (tparams (K (sel cmp Ordered)) (V any)) (struct (field left (* (index Tree (list K V)))) (field right (* (index Tree (list K V))))))")
        // generic alias (Go 1.24)
        XCTAssertEqual(decl("type set[P comparable] = map[P]bool"), "(alias set (tparams (P comparable)) (map P bool))")
        // the spec's type parameter lists
        XCTAssertEqual(decl("type T[P any] int"), "(type T (tparams (P any)) int)")
        XCTAssertEqual(decl("type T[S interface{ ~[]byte | string }] int"),
                       "(type T (tparams (S (interface (embed (| (~ (slicetype byte)) string))))) int)")
        XCTAssertEqual(decl("type T[S ~[]E, E any] int"), "(type T (tparams (S (~ (slicetype E))) (E any)) int)")
        XCTAssertEqual(decl("type T[P Constraint[int]] int"), "(type T (tparams (P (index Constraint int))) int)")
        XCTAssertEqual(decl("type T[_ any] int"), "(type T (tparams (_ any)) int)")
        // constraints without interface{ }: type literals, ~ terms and unions
        XCTAssertEqual(decl("type T[P []Q] int"), "(type T (tparams (P (slicetype Q))) int)")
        XCTAssertEqual(decl("type T[P ~int] int"), "(type T (tparams (P (~ int))) int)")
        XCTAssertEqual(decl("type T[P int | string, Q ~[]P | map[int]P] struct{}"),
                       "(type T (tparams (P (| int string)) (Q (| (~ (slicetype P)) (map int P)))) (struct))")
        XCTAssertEqual(decl("type T[P ~int | ~int8 | ~int16,] int"),
                       "(type T (tparams (P (| (| (~ int) (~ int8)) (~ int16)))) int)")
        // the spec's ambiguity: `P *C` and friends read as array lengths unless made unambiguous
        XCTAssertEqual(decl("type T[P *C] int"), "(type T (array (* P C) int))")
        XCTAssertEqual(decl("type T[P (C)] int"), "(type T (array (call P C) int))")
        XCTAssertEqual(decl("type T[P *C|Q] int"), "(type T (array (| (* P C) Q) int))")
        XCTAssertEqual(decl("type T[P *C,] int"), "(type T (tparams (P (* C))) int)")
        XCTAssertEqual(decl("type T[P interface{ *C }] int"), "(type T (tparams (P (interface (embed (* C))))) int)")
        XCTAssertEqual(decl("type T[P *C | []int] int"), "(type T (tparams (P (| (* C) (slicetype int)))) int)")
        XCTAssertEqual(decl("type A [N]int"), "(type A (array N int))")
        XCTAssertEqual(decl("type A [N * 2]int"), "(type A (array (* N 2) int))")
        XCTAssertEqual(decl("type A []int"), "(type A (slicetype int))")
        XCTAssertEqual(decl("type A [...]int"), "(type A (array ... int))")
    }

    func testVarDeclarations() {
        XCTAssertEqual(decls("var i int\nvar U, V, W float64\nvar k = 0\nvar x, y float32 = -1, -2"), [
            "(var (i) int _)", "(var (U V W) float64 _)", "(var (k) _ 0)", "(var (x y) float32 (list (- 1) (- 2)))",
        ])
        XCTAssertEqual(decls("var (\n\ti       int\n\tu, v, s = 2.0, 3.0, \"bar\"\n)"),
                       ["(var (i) int _)", "(var (u v s) _ (list 2.0 3.0 \"bar\"))"])
        XCTAssertEqual(decl("var re, im = complexSqrt(-1)"), "(var (re im) _ (call complexSqrt (- 1)))")
        XCTAssertEqual(decl("var _, found = entries[name]"), "(var (_ found) _ (index entries name))")
        XCTAssertEqual(decl("var t, ok = x.(T)"), "(var (t ok) _ (assert x T))")
    }

    func testFunctionDeclarations() {
        XCTAssertEqual(decl("func flushICache(begin, end uintptr)"),
                       "(funcdecl flushICache (func (params (begin uintptr) (end uintptr)) (results)) _)")
        XCTAssertEqual(decl("func IndexRune(s string, r rune) int {\n\tfor i, c := range s {\n\t\tif c == r {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}"),
                       "(funcdecl IndexRune (func (params (s string) (r rune)) (results (_ int))) (block (for (range (list i c) := s) _ _ (block (if _ (== c r) (block (return i)) _))) (return (- 1))))")
        XCTAssertEqual(decl("func Greeting(prefix string, who ...string) {}"),
                       "(funcdecl Greeting (func (params (prefix string) (who (dots string))) (results)) (block))")
        XCTAssertEqual(decl("func complexF3() (re float64, im float64) {\n\tre = 7.0\n\tim = 4.0\n\treturn\n}"),
                       "(funcdecl complexF3 (func (params) (results (re float64) (im float64))) (block (= re 7.0) (= im 4.0) (return)))")
        XCTAssertEqual(decl("func f(int, string) (bool, error)"),
                       "(funcdecl f (func (params (_ int) (_ string)) (results (_ bool) (_ error))) _)")
        XCTAssertEqual(decl("func f(a, b int, z float64, opt ...interface{}) (success bool) { return }"),
                       "(funcdecl f (func (params (a int) (b int) (z float64) (opt (dots (interface)))) (results (success bool))) (block (return)))")
        XCTAssertEqual(decl("func init() {}"), "(funcdecl init (func (params) (results)) (block))")
    }

    func testGenericFunctions() {
        XCTAssertEqual(decl("func min[T ~int | ~float64](x, y T) T {\n\tif x < y {\n\t\treturn x\n\t}\n\treturn y\n}"),
                       "(funcdecl min (tparams (T (| (~ int) (~ float64)))) (func (params (x T) (y T)) (results (_ T))) (block (if _ (< x y) (block (return x)) _) (return y)))")
        XCTAssertEqual(decl("func Map[S ~[]E, E, F any](s S, f func(E) F) []F { return nil }"),
                       "(funcdecl Map (tparams (S (~ (slicetype E))) (E any) (F any)) (func (params (s S) (f (func (params (_ E)) (results (_ F))))) (results (_ (slicetype F)))) (block (return nil)))")
        XCTAssertEqual(decl("func f[P any, Q interface{ m() }](p P, q Q) {}"),
                       "(funcdecl f (tparams (P any) (Q (interface (method m (func (params) (results)))))) (func (params (p P) (q Q)) (results)) (block))")
        XCTAssertEqual(decl("func xor[S ~[]byte](s S) byte { return 0 }"),
                       "(funcdecl xor (tparams (S (~ (slicetype byte)))) (func (params (s S)) (results (_ byte))) (block (return 0)))")
    }

    func testMethodDeclarations() {
        XCTAssertEqual(decl("func (p *Point) Scale(factor float64) {\n\tp.x *= factor\n}"),
                       "(funcdecl (recv (p (* Point))) Scale (func (params (factor float64)) (results)) (block (*= (sel p x) factor)))")
        XCTAssertEqual(decl("func (Point) M()"), "(funcdecl (recv (_ Point)) M (func (params) (results)) _)")
        XCTAssertEqual(decl("func (*T0) M0()"), "(funcdecl (recv (_ (* T0))) M0 (func (params) (results)) _)")
        // receivers of generic types declare the receiver type parameters
        XCTAssertEqual(decl("func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.b, p.a} }"),
                       "(funcdecl (recv (p (index Pair (list A B)))) Swap (func (params) (results (_ (index Pair (list B A))))) (block (return (lit (index Pair (list B A)) (sel p b) (sel p a)))))")
        XCTAssertEqual(decl("func (p Pair[First, _]) First() First { return p.a }"),
                       "(funcdecl (recv (p (index Pair (list First _)))) First (func (params) (results (_ First))) (block (return (sel p a))))")
        XCTAssertEqual(decl("func (l *List[T]) Len() int"),
                       "(funcdecl (recv (l (* (index List T)))) Len (func (params) (results (_ int))) _)")
        // methods with their own type parameters (Go 1.27)
        XCTAssertEqual(decl("func (l List[E]) Apply[F any](f func(E) F) List[F] {\n\treturn nil\n}"),
                       "(funcdecl (recv (l (index List E))) Apply (tparams (F any)) (func (params (f (func (params (_ E)) (results (_ F))))) (results (_ (index List F)))) (block (return nil)))")
        XCTAssertEqual(decl("func (T) M[P ~int | ~string, Q any](P, Q)"),
                       "(funcdecl (recv (_ T)) M (tparams (P (| (~ int) (~ string))) (Q any)) (func (params (_ P) (_ Q)) (results)) _)")
    }

    // MARK: types

    func testTypeNamesAndInstantiations() {
        XCTAssertEqual(type("int"), "int")
        XCTAssertEqual(type("pkg.T"), "(sel pkg T)")
        XCTAssertEqual(type("(int)"), "int")
        XCTAssertEqual(type("List[int]"), "(index List int)")
        XCTAssertEqual(type("Pair[int, string]"), "(index Pair (list int string))")
        XCTAssertEqual(type("Pair[int, string,]"), "(index Pair (list int string))")
        XCTAssertEqual(type("pkg.G[T]"), "(index (sel pkg G) T)")
        XCTAssertEqual(type("G[[]int, map[K]V, *T, func()]"),
                       "(index G (list (slicetype int) (map K V) (* T) (func (params) (results))))")
        XCTAssertEqual(type("G[H[int]]"), "(index G (index H int))")
    }

    func testArrayAndSliceTypes() {
        XCTAssertEqual(type("[32]byte"), "(array 32 byte)")
        XCTAssertEqual(type("[2*N] struct { x, y int32 }"), "(array (* 2 N) (struct (field x int32) (field y int32)))")
        XCTAssertEqual(type("[1000]*float64"), "(array 1000 (* float64))")
        XCTAssertEqual(type("[3][5]int"), "(array 3 (array 5 int))")
        XCTAssertEqual(type("[2][2][2]float64"), "(array 2 (array 2 (array 2 float64)))")
        XCTAssertEqual(type("[len(a)]T"), "(array (call len a) T)")
        XCTAssertEqual(type("[]T"), "(slicetype T)")
        XCTAssertEqual(type("[][]*T"), "(slicetype (slicetype (* T)))")
    }

    func testStructTypes() {
        XCTAssertEqual(type("struct {}"), "(struct)")
        XCTAssertEqual(type("struct {\n\tx, y int\n\tu float32\n\t_ float32\n\tA *[]int\n\tF func()\n}"),
                       "(struct (field x int) (field y int) (field u float32) (field _ float32) (field A (* (slicetype int))) (field F (func (params) (results))))")
        XCTAssertEqual(type("struct {\n\tT1\n\t*T2\n\tP.T3\n\t*P.T4\n\tx, y int\n}"),
                       "(struct (embed T1) (embed (* T2)) (embed (sel P T3)) (embed (* (sel P T4))) (field x int) (field y int))")
        XCTAssertEqual(type("struct {\n\tx, y float64 \"\"\n\tname string  \"any string is permitted as a tag\"\n\t_    [4]byte \"ceci n'est pas un champ de structure\"\n}"),
                       "(struct (field x float64 \"\") (field y float64 \"\") (field name string \"any string is permitted as a tag\") (field _ (array 4 byte) \"ceci n'est pas un champ de structure\"))")
        XCTAssertEqual(type("struct {\n\tmicrosec  uint64 `protobuf:\"1\"`\n\tT `embedded`\n}"),
                       "(struct (field microsec uint64 `protobuf:\"1\"`) (embed T `embedded`))")
        // embedded instantiated types, and array fields that look like them
        XCTAssertEqual(type("struct {\n\tG[int]\n\t*pkg.H[T]\n\tL[K, V]\n\ta [N]int\n\tb []int\n}"),
                       "(struct (embed (index G int)) (embed (* (index (sel pkg H) T))) (embed (index L (list K V))) (field a (array N int)) (field b (slicetype int)))")
        XCTAssertEqual(type("struct{ a int; b string }"), "(struct (field a int) (field b string))")
    }

    func testPointerAndFunctionTypes() {
        XCTAssertEqual(type("*Point"), "(* Point)")
        XCTAssertEqual(type("**[4]int"), "(* (* (array 4 int)))")
        XCTAssertEqual(type("func()"), "(func (params) (results))")
        XCTAssertEqual(type("func(x int) int"), "(func (params (x int)) (results (_ int)))")
        XCTAssertEqual(type("func(a, _ int, z float32) bool"), "(func (params (a int) (_ int) (z float32)) (results (_ bool)))")
        XCTAssertEqual(type("func(a, b int, z float32) (bool)"), "(func (params (a int) (b int) (z float32)) (results (_ bool)))")
        XCTAssertEqual(type("func(prefix string, values ...int)"), "(func (params (prefix string) (values (dots int))) (results))")
        XCTAssertEqual(type("func(int, int, float64) (float64, *[]int)"),
                       "(func (params (_ int) (_ int) (_ float64)) (results (_ float64) (_ (* (slicetype int)))))")
        XCTAssertEqual(type("func(n int) func(p *T)"), "(func (params (n int)) (results (_ (func (params (p (* T))) (results)))))")
        XCTAssertEqual(type("func(...T)"), "(func (params (_ (dots T))) (results))")
        XCTAssertEqual(type("func(a, b,)"), "(func (params (_ a) (_ b)) (results))")
        XCTAssertEqual(type("func(pkg.T, []U)"), "(func (params (_ (sel pkg T)) (_ (slicetype U))) (results))")
    }

    func testInterfaceTypes() {
        XCTAssertEqual(type("interface{}"), "(interface)")
        XCTAssertEqual(type("interface {\n\tRead([]byte) (int, error)\n\tClose() error\n}"),
                       "(interface (method Read (func (params (_ (slicetype byte))) (results (_ int) (_ error)))) (method Close (func (params) (results (_ error)))))")
        XCTAssertEqual(type("interface {\n\tReader\n\tio.Writer\n}"), "(interface (embed Reader) (embed (sel io Writer)))")
        // type elements: terms, ~ terms, unions, instantiated and literal types
        XCTAssertEqual(type("interface {\n\t~int\n\tString() string\n}"),
                       "(interface (embed (~ int)) (method String (func (params) (results (_ string)))))")
        XCTAssertEqual(type("interface{ ~float32 | ~float64 }"), "(interface (embed (| (~ float32) (~ float64))))")
        XCTAssertEqual(type("interface{ int | ~P | pkg.T | []byte }"),
                       "(interface (embed (| (| (| int (~ P)) (sel pkg T)) (slicetype byte))))")
        XCTAssertEqual(type("interface{ comparable; m() }"), "(interface (embed comparable) (method m (func (params) (results))))")
        XCTAssertEqual(type("interface{ G[int]; H[K, V] }"), "(interface (embed (index G int)) (embed (index H (list K V))))")
        XCTAssertEqual(type("interface{ [10]T; *U; ~struct{ any } }"),
                       "(interface (embed (array 10 T)) (embed (* U)) (embed (~ (struct (embed any)))))")
    }

    func testMapAndChannelTypes() {
        XCTAssertEqual(type("map[string]int"), "(map string int)")
        XCTAssertEqual(type("map[*T]struct{ x, y float64 }"), "(map (* T) (struct (field x float64) (field y float64)))")
        XCTAssertEqual(type("map[string]interface{}"), "(map string (interface))")
        XCTAssertEqual(type("map[[2]int]map[K]V"), "(map (array 2 int) (map K V))")
        XCTAssertEqual(type("chan T"), "(chan T)")
        XCTAssertEqual(type("chan<- float64"), "(chan<- float64)")
        XCTAssertEqual(type("<-chan int"), "(<-chan int)")
        // <- associates with the leftmost chan possible
        XCTAssertEqual(type("chan<- chan int"), "(chan<- (chan int))")
        XCTAssertEqual(type("chan<- <-chan int"), "(chan<- (<-chan int))")
        XCTAssertEqual(type("<-chan <-chan int"), "(<-chan (<-chan int))")
        XCTAssertEqual(type("chan (<-chan int)"), "(chan (<-chan int))")
        XCTAssertEqual(type("chan []func() int"), "(chan (slicetype (func (params) (results (_ int)))))")
    }

    // MARK: expressions

    func testOperatorPrecedence() {
        XCTAssertEqual(expr("a + b*c"), "(+ a (* b c))")
        XCTAssertEqual(expr("a*b + c"), "(+ (* a b) c)")
        XCTAssertEqual(expr("x / y * z"), "(* (/ x y) z)")
        XCTAssertEqual(expr("42 + a - b"), "(- (+ 42 a) b)")
        XCTAssertEqual(expr("23 + 3*x[i]"), "(+ 23 (* 3 (index x i)))")
        XCTAssertEqual(expr("x <= f()"), "(<= x (call f))")
        XCTAssertEqual(expr("^a >> b"), "(>> (^ a) b)")
        XCTAssertEqual(expr("f() || g()"), "(|| (call f) (call g))")
        XCTAssertEqual(expr("x == y+1 && <-chanInt > 0"), "(&& (== x (+ y 1)) (> (<- chanInt) 0))")
        XCTAssertEqual(expr("a || b && c == d + e * f"), "(|| a (&& b (== c (+ d (* e f)))))")
        XCTAssertEqual(expr("a &^ b << 1 | c % d & e"), "(| (<< (&^ a b) 1) (& (% c d) e))")
        XCTAssertEqual(expr("a != b == c < d"), "(< (== (!= a b) c) d)")
        XCTAssertEqual(expr("a - b - c"), "(- (- a b) c)")
        XCTAssertEqual(expr("1<<iota - 1"), "(- (<< 1 iota) 1)")
    }

    func testUnaryExpressions() {
        XCTAssertEqual(expr("-x * +y"), "(* (- x) (+ y))")
        XCTAssertEqual(expr("!p && *q"), "(&& (! p) (* q))")
        XCTAssertEqual(expr("&x"), "(& x)")
        XCTAssertEqual(expr("&(x)"), "(& x)")
        XCTAssertEqual(expr("&a[f(2)]"), "(& (index a (call f 2)))")
        XCTAssertEqual(expr("&Point{2, 3}"), "(& (lit Point 2 3))")
        XCTAssertEqual(expr("*pf(x)"), "(* (call pf x))")
        XCTAssertEqual(expr("&*x"), "(& (* x))")
        XCTAssertEqual(expr("<-<-c"), "(<- (<- c))")
        XCTAssertEqual(expr("-(-x)"), "(- (paren (- x)))")
        XCTAssertEqual(expr("- -x"), "(- (- x))")
        XCTAssertEqual(expr("^0"), "(^ 0)")
    }

    func testPrimaryExpressions() {
        XCTAssertEqual(expr("x"), "x")
        XCTAssertEqual(expr("2"), "2")
        XCTAssertEqual(expr("(s + \".txt\")"), "(paren (+ s \".txt\"))")
        XCTAssertEqual(expr("f(3.1415, true)"), "(call f 3.1415 true)")
        XCTAssertEqual(expr("m[\"foo\"]"), "(index m \"foo\")")
        XCTAssertEqual(expr("s[i : j + 1]"), "(slice s i (+ j 1))")
        XCTAssertEqual(expr("obj.color"), "(sel obj color)")
        XCTAssertEqual(expr("f.p[i].x()"), "(call (sel (index (sel f p) i) x))")
        XCTAssertEqual(expr("math.Sin"), "(sel math Sin)")
        XCTAssertEqual(expr("x[1,]"), "(index x 1)")
    }

    func testSliceExpressions() {
        XCTAssertEqual(expr("a[2:]"), "(slice a 2 _)")
        XCTAssertEqual(expr("a[:3]"), "(slice a _ 3)")
        XCTAssertEqual(expr("a[:]"), "(slice a _ _)")
        XCTAssertEqual(expr("a[1:3:5]"), "(slice3 a 1 3 5)")
        XCTAssertEqual(expr("a[:3:5]"), "(slice3 a _ 3 5)")
        XCTAssertEqual(expr("new([100]int)[0:50]"), "(slice (call new (array 100 int)) 0 50)")
    }

    func testTypeAssertionsAndCalls() {
        XCTAssertEqual(expr("x.(int)"), "(assert x int)")
        XCTAssertEqual(expr("y.(io.Reader)"), "(assert y (sel io Reader))")
        XCTAssertEqual(expr("x.(*T).f"), "(sel (assert x (* T)) f)")
        XCTAssertEqual(expr("x.(interface{ m() })"), "(assert x (interface (method m (func (params) (results)))))")
        XCTAssertEqual(expr("math.Atan2(x, y)"), "(call (sel math Atan2) x y)")
        XCTAssertEqual(expr("pt.Scale(3.5)"), "(call (sel pt Scale) 3.5)")
        XCTAssertEqual(expr("Greeting(\"goodbye:\", s...)"), "(call... Greeting \"goodbye:\" s)")
        XCTAssertEqual(expr("append(b, \"bar\"...)"), "(call... append b \"bar\")")
        XCTAssertEqual(expr("f(a, b,)"), "(call f a b)")
        XCTAssertEqual(expr("f(\n\ta,\n\tb,\n)"), "(call f a b)")
        XCTAssertEqual(expr("Join(Split(value, len(value)/2))"), "(call Join (call Split value (/ (call len value) 2)))")
        // a type as the first argument
        XCTAssertEqual(expr("make([]int, 10, 100)"), "(call make (slicetype int) 10 100)")
        XCTAssertEqual(expr("make(map[string]int, 100)"), "(call make (map string int) 100)")
        XCTAssertEqual(expr("make(chan int)"), "(call make (chan int))")
        XCTAssertEqual(expr("new(*T)"), "(call new (* T))")
        XCTAssertEqual(expr("unsafe.Sizeof(struct{}{})"), "(call (sel unsafe Sizeof) (lit (struct)))")
    }

    func testInstantiations() {
        XCTAssertEqual(expr("f[int]"), "(index f int)")
        XCTAssertEqual(expr("Sum[float64](xs)"), "(call (index Sum float64) xs)")
        XCTAssertEqual(expr("Map[int, string](s, f)"), "(call (index Map (list int string)) s f)")
        XCTAssertEqual(expr("pkg.F[[]int, *T](x)"), "(call (index (sel pkg F) (list (slicetype int) (* T))) x)")
        XCTAssertEqual(expr("G[int]{1}"), "(lit (index G int) 1)")
        XCTAssertEqual(expr("pkg.G[T]{}"), "(lit (index (sel pkg G) T))")
        XCTAssertEqual(expr("List[E]{}.Apply"), "(sel (lit (index List E)) Apply)")
        XCTAssertEqual(expr("l.Apply[string](f)"), "(call (index (sel l Apply) string) f)")
        XCTAssertEqual(expr("f[int](1) + g[string, bool]()"), "(+ (call (index f int) 1) (call (index g (list string bool))))")
    }

    func testConversionsAndMethodExpressions() {
        XCTAssertEqual(expr("[]byte(s)"), "(call (slicetype byte) s)")
        XCTAssertEqual(expr("float32(0.49999999)"), "(call float32 0.49999999)")
        XCTAssertEqual(expr("*Point(p)"), "(* (call Point p))")
        XCTAssertEqual(expr("(*Point)(p)"), "(call (paren (* Point)) p)")
        XCTAssertEqual(expr("<-chan int(c)"), "(<- (call (chan int) c))")
        XCTAssertEqual(expr("(<-chan int)(c)"), "(call (paren (<-chan int)) c)")
        XCTAssertEqual(expr("func()(x)"), "(func (params) (results (_ x)))")
        XCTAssertEqual(expr("(func())(x)"), "(call (paren (func (params) (results))) x)")
        XCTAssertEqual(expr("(func() int)(x)"), "(call (paren (func (params) (results (_ int)))) x)")
        XCTAssertEqual(expr("func() int(x)"), "(call (func (params) (results (_ int))) x)")
        XCTAssertEqual(expr("map[string]int(m)"), "(call (map string int) m)")
        XCTAssertEqual(expr("interface{}(x)"), "(call (interface) x)")
        XCTAssertEqual(expr("T(x,)"), "(call T x)")
        XCTAssertEqual(expr("T.Mv"), "(sel T Mv)")
        XCTAssertEqual(expr("(T).Mv"), "(sel (paren T) Mv)")
        XCTAssertEqual(expr("(*T).Mp"), "(sel (paren (* T)) Mp)")
        XCTAssertEqual(expr("T.Mv(t, 7)"), "(call (sel T Mv) t 7)")
        XCTAssertEqual(expr("(*T).Mv(&t, 7)"), "(call (sel (paren (* T)) Mv) (& t) 7)")
        XCTAssertEqual(expr("interface{ M(int) }.M"), "(sel (interface (method M (func (params (_ int)) (results)))) M)")
    }

    func testCompositeLiterals() {
        XCTAssertEqual(expr("Point3D{}"), "(lit Point3D)")
        XCTAssertEqual(expr("Line{Object{}, origin, Point3D{y: -4, z: 12.3}}"),
                       "(lit Line (lit Object) origin (lit Point3D (kv y (- 4)) (kv z 12.3)))")
        XCTAssertEqual(expr("[10]string{}"), "(lit (array 10 string))")
        XCTAssertEqual(expr("[6]int{1, 2, 3, 5}"), "(lit (array 6 int) 1 2 3 5)")
        XCTAssertEqual(expr("[...]string{\"Sat\", \"Sun\"}"), "(lit (array ... string) \"Sat\" \"Sun\")")
        XCTAssertEqual(expr("[10]float32{-1, 4: -0.1, -0.1, 9: -1}"),
                       "(lit (array 10 float32) (- 1) (kv 4 (- 0.1)) (- 0.1) (kv 9 (- 1)))")
        XCTAssertEqual(expr("[128]bool{'a': true, 'e': true}"), "(lit (array 128 bool) (kv 'a' true) (kv 'e' true))")
        XCTAssertEqual(expr("[]int{2, 3, 5, 7, 9, 2147483647}"), "(lit (slicetype int) 2 3 5 7 9 2147483647)")
        // elided element types
        XCTAssertEqual(expr("[...]Point{{1.5, -3.5}, {0, 0}}"), "(lit (array ... Point) (lit _ 1.5 (- 3.5)) (lit _ 0 0))")
        XCTAssertEqual(expr("[][]int{{1, 2, 3}, {4, 5}}"), "(lit (slicetype (slicetype int)) (lit _ 1 2 3) (lit _ 4 5))")
        XCTAssertEqual(expr("[][]Point{{{0, 1}, {1, 2}}}"), "(lit (slicetype (slicetype Point)) (lit _ (lit _ 0 1) (lit _ 1 2)))")
        XCTAssertEqual(expr("map[string]Point{\"orig\": {0, 0}}"), "(lit (map string Point) (kv \"orig\" (lit _ 0 0)))")
        XCTAssertEqual(expr("map[Point]string{{0, 0}: \"orig\"}"), "(lit (map Point string) (kv (lit _ 0 0) \"orig\"))")
        XCTAssertEqual(expr("[2]*Point{{1.5, -3.5}, {}}"), "(lit (array 2 (* Point)) (lit _ 1.5 (- 3.5)) (lit _))")
        XCTAssertEqual(expr("map[string]float32{\n\t\"C0\": 16.35, \"D0\": 18.35,\n\t\"G0\": 24.50,\n}"),
                       "(lit (map string float32) (kv \"C0\" 16.35) (kv \"D0\" 18.35) (kv \"G0\" 24.50))")
        XCTAssertEqual(expr("struct{ a int }{1}"), "(lit (struct (field a int)) 1)")
        XCTAssertEqual(expr("pkg.T{X: 1}"), "(lit (sel pkg T) (kv X 1))")
        XCTAssertEqual(expr("&[]int{}"), "(& (lit (slicetype int)))")
        XCTAssertEqual(expr("[]T{x}[0].f"), "(sel (index (lit (slicetype T) x) 0) f)")
    }

    func testFunctionLiterals() {
        XCTAssertEqual(expr("func(a, b int, z float64) bool { return a*b < int(z) }"),
                       "(funclit (func (params (a int) (b int) (z float64)) (results (_ bool))) (block (return (< (* a b) (call int z)))))")
        XCTAssertEqual(expr("func(ch chan int) { ch <- ACK }(replyChan)"),
                       "(call (funclit (func (params (ch (chan int))) (results)) (block (send ch ACK))) replyChan)")
        XCTAssertEqual(expr("func() {}"), "(funclit (func (params) (results)) (block))")
        XCTAssertEqual(expr("func(yield func(x int) bool) {\n\tf0, f1 := 0, 1\n\tfor yield(f0) {\n\t\tf0, f1 = f1, f0+f1\n\t}\n}"),
                       "(funclit (func (params (yield (func (params (x int)) (results (_ bool))))) (results)) (block (:= (list f0 f1) (list 0 1)) (for _ (call yield f0) _ (block (= (list f0 f1) (list f1 (+ f0 f1)))))))")
    }

    func testGenericAmbiguities() {
        // `a, b = w < x, y > (z)` is two comparisons, as in Go 1.17 and before
        XCTAssertEqual(stmt("a, b = w < x, y > (z)"), "(= (list a b) (list (< w x) (> y (paren z))))")
        XCTAssertEqual(stmt("f(a < b, c > d)"), "(expr (call f (< a b) (> c d)))")
        XCTAssertEqual(stmt("x := a[b](c)"), "(:= x (call (index a b) c))")
        XCTAssertEqual(stmt("x := a[b, c](d)"), "(:= x (call (index a (list b c)) d))")
    }

    // MARK: statements

    func testSimpleStatements() {
        XCTAssertEqual(stmts("h(x+y)\nf.Close()\n<-ch\n(<-ch)"),
                       ["(expr (call h (+ x y)))", "(expr (call (sel f Close)))", "(expr (<- ch))", "(expr (paren (<- ch)))"])
        XCTAssertEqual(stmt("ch <- 3"), "(send ch 3)")
        XCTAssertEqual(stmt("x++"), "(++ x)")
        XCTAssertEqual(stmt("*p--"), "(-- (* p))")
        XCTAssertEqual(stmt("m[k]++"), "(++ (index m k))")
        XCTAssertEqual(stmts("x = 1\n*p = f()\na[i] = 23\n(k) = <-ch"),
                       ["(= x 1)", "(= (* p) (call f))", "(= (index a i) 23)", "(= (paren k) (<- ch))"])
        XCTAssertEqual(stmt("a[i] <<= 2"), "(<<= (index a i) 2)")
        XCTAssertEqual(stmt("i &^= 1<<n"), "(&^= i (<< 1 n))")
        XCTAssertEqual(stmts("x += 1\nx -= 1\nx *= 2\nx /= 2\nx %= 3\nx |= 4\nx ^= 5\nx &= 6\nx >>= 7"),
                       ["(+= x 1)", "(-= x 1)", "(*= x 2)", "(/= x 2)", "(%= x 3)", "(|= x 4)", "(^= x 5)", "(&= x 6)", "(>>= x 7)"])
        XCTAssertEqual(stmt("a, b = b, a"), "(= (list a b) (list b a))")
        XCTAssertEqual(stmt("x, _ = f()"), "(= (list x _) (call f))")
        XCTAssertEqual(stmt("one, two, three = '一', '二', '三'"), "(= (list one two three) (list '一' '二' '三'))")
        XCTAssertEqual(stmt("i, x[i] = 1, 2"), "(= (list i (index x i)) (list 1 2))")
        XCTAssertEqual(stmt("x, ok = <-ch"), "(= (list x ok) (<- ch))")
    }

    func testShortVariableDeclarations() {
        XCTAssertEqual(stmt("i, j := 0, 10"), "(:= (list i j) (list 0 10))")
        XCTAssertEqual(stmt("f := func() int { return 7 }"), "(:= f (funclit (func (params) (results (_ int))) (block (return 7))))")
        XCTAssertEqual(stmt("ch := make(chan int)"), "(:= ch (call make (chan int)))")
        XCTAssertEqual(stmt("r, w, _ := os.Pipe()"), "(:= (list r w _) (call (sel os Pipe)))")
        XCTAssertEqual(stmt("v, ok := x.(T)"), "(:= (list v ok) (assert x T))")
    }

    func testDeclarationStatements() {
        XCTAssertEqual(stmts("var x int\nconst c = 1\ntype T int\ntype A = []T"),
                       ["(decl (var (x) int _))", "(decl (const (c) _ 1))", "(decl (type T int))", "(decl (alias A (slicetype T)))"])
        XCTAssertEqual(stmt("var (\n\ta = 1\n\tb, c string\n)"), "(decl (var (a) _ 1) (var (b c) string _))")
        XCTAssertEqual(stmt("type L[P any] []P"), "(decl (type L (tparams (P any)) (slicetype P)))")
    }

    func testEmptyStatementsAndBlocks() {
        XCTAssertEqual(stmts("x := 1;;"), ["(:= x 1)", "(empty)"])
        XCTAssertEqual(stmts(";"), ["(empty)"])
        XCTAssertEqual(stmts(""), [])
        XCTAssertEqual(stmt("{\n\tx := 1\n\t{}\n}"), "(block (:= x 1) (block))")
        XCTAssertEqual(stmts("{ x := 1 }; { y := 2 }"), ["(block (:= x 1))", "(block (:= y 2))"])
    }

    func testLabeledAndBranchStatements() {
        XCTAssertEqual(stmt("OuterLoop:\n\tfor i = 0; i < n; i++ {\n\t\tfor j = 0; j < m; j++ {\n\t\t\tswitch a[i][j] {\n\t\t\tcase nil:\n\t\t\t\tbreak OuterLoop\n\t\t\t}\n\t\t}\n\t}"),
                       "(label OuterLoop (for (= i 0) (< i n) (++ i) (block (for (= j 0) (< j m) (++ j) (block (switch _ (index (index a i) j) (case nil (break OuterLoop))))))))")
        XCTAssertEqual(stmt("RowLoop:\n\tfor y, row := range rows {\n\t\tcontinue RowLoop\n\t}"),
                       "(label RowLoop (for (range (list y row) := rows) _ _ (block (continue RowLoop))))")
        XCTAssertEqual(stmts("goto Error\nError: log.Panic(\"error encountered\")"),
                       ["(goto Error)", "(label Error (expr (call (sel log Panic) \"error encountered\")))"])
        XCTAssertEqual(stmts("goto L\nL:"), ["(goto L)", "(label L (empty))"])
        XCTAssertEqual(stmts("for {\n\tbreak\n\tcontinue\n}"), ["(for _ _ _ (block (break) (continue)))"])
        XCTAssertEqual(stmt("switch x {\ncase 1:\n\tfallthrough\ncase 2:\n}"), "(switch _ x (case 1 (fallthrough)) (case 2))")
        XCTAssertEqual(stmt("L: {\n\tgoto L\n}"), "(label L (block (goto L)))")
    }

    func testGoDeferAndReturnStatements() {
        XCTAssertEqual(stmt("go Server()"), "(go (call Server))")
        XCTAssertEqual(stmt("go func(ch chan<- bool) { for { sleep(10); ch <- true }} (c)"),
                       "(go (call (funclit (func (params (ch (chan<- bool))) (results)) (block (for _ _ _ (block (expr (call sleep 10)) (send ch true))))) c))")
        XCTAssertEqual(stmt("defer unlock(l)"), "(defer (call unlock l))")
        XCTAssertEqual(stmt("defer fmt.Print(i)"), "(defer (call (sel fmt Print) i))")
        XCTAssertEqual(stmt("defer func() {\n\tresult *= 7\n}()"), "(defer (call (funclit (func (params) (results)) (block (*= result 7)))))")
        XCTAssertEqual(stmt("defer mu.Unlock()"), "(defer (call (sel mu Unlock)))")
        XCTAssertEqual(stmt("return"), "(return)")
        XCTAssertEqual(stmt("return 2"), "(return 2)")
        XCTAssertEqual(stmt("return -7.0, -4.0"), "(return (list (- 7.0) (- 4.0)))")
        XCTAssertEqual(stmt("return complexF1()"), "(return (call complexF1))")
        XCTAssertEqual(stmts("{ return }"), ["(block (return))"])
    }

    func testIfStatements() {
        XCTAssertEqual(stmt("if x > max {\n\tx = max\n}"), "(if _ (> x max) (block (= x max)) _)")
        XCTAssertEqual(stmt("if x := f(); x < y {\n\treturn x\n} else if x > z {\n\treturn z\n} else {\n\treturn y\n}"),
                       "(if (:= x (call f)) (< x y) (block (return x)) (if _ (> x z) (block (return z)) (block (return y))))")
        XCTAssertEqual(stmt("if v, ok := m[k]; ok {}"), "(if (:= (list v ok) (index m k)) ok (block) _)")
        XCTAssertEqual(stmt("if f(); x {}"), "(if (expr (call f)) x (block) _)")
        XCTAssertEqual(stmt("if x++; x > 0 {}"), "(if (++ x) (> x 0) (block) _)")
        XCTAssertEqual(stmt("if ch <- v; ok {}"), "(if (send ch v) ok (block) _)")
        // composite literals in a header must be parenthesized
        XCTAssertEqual(stmt("if x == (T{a, b, c}[i]) {\n}"), "(if _ (== x (paren (index (lit T a b c) i))) (block) _)")
        XCTAssertEqual(stmt("if (x == T{a, b, c}[i]) {\n}"), "(if _ (paren (== x (index (lit T a b c) i))) (block) _)")
        XCTAssertEqual(stmt("if x == []int{1}[0] {}"), "(if _ (== x (index (lit (slicetype int) 1) 0)) (block) _)")
        XCTAssertEqual(stmt("if f(T{}) {}"), "(if _ (call f (lit T)) (block) _)")
        XCTAssertEqual(stmt("if x := (T{}); x.ok {}"), "(if (:= x (paren (lit T))) (sel x ok) (block) _)")
    }

    func testSwitchStatements() {
        XCTAssertEqual(stmt("switch tag {\ndefault: s3()\ncase 0, 1, 2, 3: s1()\ncase 4, 5, 6, 7: s2()\n}"),
                       "(switch _ tag (default (expr (call s3))) (case (list 0 1 2 3) (expr (call s1))) (case (list 4 5 6 7) (expr (call s2))))")
        XCTAssertEqual(stmt("switch x := f(); {\ncase x < 0: return -x\ndefault: return x\n}"),
                       "(switch (:= x (call f)) _ (case (< x 0) (return (- x))) (default (return x)))")
        XCTAssertEqual(stmt("switch {\ncase x < y: f1()\ncase x < z: f2()\ncase x == 4: f3()\n}"),
                       "(switch _ _ (case (< x y) (expr (call f1))) (case (< x z) (expr (call f2))) (case (== x 4) (expr (call f3))))")
        XCTAssertEqual(stmt("switch {}"), "(switch _ _)")
        XCTAssertEqual(stmt("switch x := 1; x {\ncase 1:\n\tg()\n\th()\n}"), "(switch (:= x 1) x (case 1 (expr (call g)) (expr (call h))))")
        XCTAssertEqual(stmt("switch f(); {}"), "(switch (expr (call f)) _)")
        XCTAssertEqual(stmt("switch s := (T{}); s.x {}"), "(switch (:= s (paren (lit T))) (sel s x))")
    }

    func testTypeSwitchStatements() {
        XCTAssertEqual(stmt("switch i := x.(type) {\ncase nil:\n\tprintString(\"x is nil\")\ncase int:\n\tprintInt(i)\ncase func(int) float64:\n\tprintFunction(i)\ncase bool, string:\n\tprintString(\"type is bool or string\")\ndefault:\n\tprintString(\"don't know the type\")\n}"),
                       "(switch _ (guard i x) (case nil (expr (call printString \"x is nil\"))) (case int (expr (call printInt i))) (case (func (params (_ int)) (results (_ float64))) (expr (call printFunction i))) (case (list bool string) (expr (call printString \"type is bool or string\"))) (default (expr (call printString \"don't know the type\"))))")
        XCTAssertEqual(stmt("switch x.(type) {\ncase P:\n\treturn 0\ncase []P, map[K]V, *T, chan int, pkg.T, G[int]:\n}"),
                       "(switch _ (guard _ x) (case P (return 0)) (case (list (slicetype P) (map K V) (* T) (chan int) (sel pkg T) (index G int))))")
        XCTAssertEqual(stmt("switch y := f(); v := y.(type) {}"), "(switch (:= y (call f)) (guard v y))")
        XCTAssertEqual(stmt("switch a.b.(type) {}"), "(switch _ (guard _ (sel a b)))")
    }

    func testSelectStatements() {
        XCTAssertEqual(stmt("select {\ncase i1 = <-c1:\n\tprint(\"received \", i1, \" from c1\\n\")\ncase c2 <- i2:\n\tprint(\"sent \", i2, \" to c2\\n\")\ncase i3, ok := (<-c3):\ncase a[f()] = <-c4:\ndefault:\n\tprint(\"no communication\\n\")\n}"),
                       "(select (case (= i1 (<- c1)) (expr (call print \"received \" i1 \" from c1\\n\"))) (case (send c2 i2) (expr (call print \"sent \" i2 \" to c2\\n\"))) (case (:= (list i3 ok) (paren (<- c3)))) (case (= (index a (call f)) (<- c4))) (default (expr (call print \"no communication\\n\"))))")
        XCTAssertEqual(stmt("for {\n\tselect {\n\tcase c <- 0:\n\tcase c <- 1:\n\t}\n}"),
                       "(for _ _ _ (block (select (case (send c 0)) (case (send c 1)))))")
        XCTAssertEqual(stmt("select {}"), "(select)")
        XCTAssertEqual(stmt("select {\ncase <-done:\n\treturn\ncase v := <-in:\n\tout <- v\n}"),
                       "(select (case (expr (<- done)) (return)) (case (:= v (<- in)) (send out v)))")
    }

    func testForStatements() {
        XCTAssertEqual(stmt("for a < b {\n\ta *= 2\n}"), "(for _ (< a b) _ (block (*= a 2)))")
        XCTAssertEqual(stmt("for i := 0; i < 10; i++ {\n\tf(i)\n}"), "(for (:= i 0) (< i 10) (++ i) (block (expr (call f i))))")
        XCTAssertEqual(stmt("for i := 2; ; i++ {}"), "(for (:= i 2) _ (++ i) (block))")
        XCTAssertEqual(stmt("for ; cond ; {}"), "(for _ cond _ (block))")
        XCTAssertEqual(stmt("for ; ; {}"), "(for _ _ _ (block))")
        XCTAssertEqual(stmt("for {}"), "(for _ _ _ (block))")
        XCTAssertEqual(stmt("for x, y = 0, 1; x < 9; x, y = y, x+y {}"),
                       "(for (= (list x y) (list 0 1)) (< x 9) (= (list x y) (list y (+ x y))) (block))")
        XCTAssertEqual(stmt("for f(); ; g() {}"), "(for (expr (call f)) _ (expr (call g)) (block))")
    }

    func testRangeClauses() {
        XCTAssertEqual(stmt("for i, _ := range testdata.a {\n\tf(i)\n}"),
                       "(for (range (list i _) := (sel testdata a)) _ _ (block (expr (call f i))))")
        XCTAssertEqual(stmt("for i, s := range a {}"), "(for (range (list i s) := a) _ _ (block))")
        XCTAssertEqual(stmt("for key, val = range m {}"), "(for (range (list key val) = m) _ _ (block))")
        XCTAssertEqual(stmt("for w := range ch {}"), "(for (range w := ch) _ _ (block))")
        XCTAssertEqual(stmt("for range ch {}"), "(for (range _ = ch) _ _ (block))")
        XCTAssertEqual(stmt("for i := range 10 {}"), "(for (range i := 10) _ _ (block))")
        XCTAssertEqual(stmt("for u = range 256 {}"), "(for (range u = 256) _ _ (block))")
        XCTAssertEqual(stmt("for x := range fibo {}"), "(for (range x := fibo) _ _ (block))")
        XCTAssertEqual(stmt("for k, v := range t.Walk {}"), "(for (range (list k v) := (sel t Walk)) _ _ (block))")
        XCTAssertEqual(stmt("for i, x[i] = range x {}"), "(for (range (list i (index x i)) = x) _ _ (block))")
        XCTAssertEqual(stmt("for _, x := range []int{1, 2} {}"), "(for (range (list _ x) := (lit (slicetype int) 1 2)) _ _ (block))")
        XCTAssertEqual(stmt("for range 3 {}"), "(for (range _ = 3) _ _ (block))")
    }

    // MARK: positions

    func testNodePositions() {
        let (f, errs) = parse("package p\n\nfunc (r *T) M(x int) (y int) {\n\ty = x + r.f(1)[2]\n\treturn\n}\n")
        XCTAssertEqual(errs, [])
        guard let fn = f?.decls.first as? FuncDecl, let body = fn.body,
              let a = body.list.first as? AssignStmt, let sum = a.rhs as? Syntax.Operation,
              let ix = sum.y as? IndexExpr, let call = ix.x as? CallExpr, let sel = call.fun as? SelectorExpr else {
            return XCTFail("unexpected tree")
        }
        // gc's positions: the keyword or name for declarations, the operator for
        // operations and assignments, the opening bracket for index and call,
        // the dot for selectors
        XCTAssertEqual(f?.pos.description, "1:1")
        XCTAssertEqual(fn.pos.description, "3:6")
        XCTAssertEqual(fn.name.pos.description, "3:13")
        XCTAssertEqual(fn.recv?.pos.description, "3:7")
        XCTAssertEqual(body.pos.description, "3:30")
        XCTAssertEqual(body.rbrace.description, "6:1")
        XCTAssertEqual(a.pos.description, "4:4")
        XCTAssertEqual(sum.pos.description, "4:8")
        XCTAssertEqual(ix.pos.description, "4:16")
        XCTAssertEqual(call.pos.description, "4:13")
        XCTAssertEqual(sel.pos.description, "4:11")
        XCTAssertEqual(startPos(sum).description, "4:6")
        XCTAssertEqual(startPos(a).description, "4:2")
        XCTAssertEqual(body.list[1].pos.description, "5:2")
        XCTAssertEqual(f?.eof.description, "7:1")
    }

    // MARK: whole programs

    /// The specification's example package, and a program using every kind of
    /// declaration, statement and expression, generic methods included (real Go
    /// 1.27 builds and runs both).
    func testWholePrograms() {
        let (sieveFile, sieveErrs) = parse(ParserTests.sieve)
        XCTAssertEqual(sieveErrs, [])
        XCTAssertEqual(sieveFile?.decls.map { String(describing: Swift.type(of: $0)) },
                       ["ImportDecl", "FuncDecl", "FuncDecl", "FuncDecl", "FuncDecl"])
        XCTAssertEqual(sieveFile?.comments.count, 9)
        XCTAssertEqual(tree((sieveFile?.decls[2] as? FuncDecl)?.body),
                       "(block (for (range i := src) _ _ (block (if _ (!= (% i prime) 0) (block (send dst i)) _))))")

        let (f, errs) = parse(ParserTests.everything)
        XCTAssertEqual(errs, [])
        XCTAssertEqual(f?.decls.count, 24)
        let funcs = f?.decls.compactMap { $0 as? FuncDecl } ?? []
        XCTAssertEqual(funcs.map(\.name.value), ["Sum", "Len", "Map", "String", "main"])
        XCTAssertEqual(funcs[2].tparams.map { tree($0) }, ["(F any)"])
        XCTAssertEqual(funcs[4].body?.list.count, 20)
    }

    static let sieve = #"""
package main

import "fmt"

// Send the sequence 2, 3, 4, … to channel 'ch'.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i  // Send 'i' to channel 'ch'.
	}
}

// Copy the values from channel 'src' to channel 'dst',
// removing those divisible by 'prime'.
func filter(src <-chan int, dst chan<- int, prime int) {
	for i := range src {  // Loop over values received from 'src'.
		if i%prime != 0 {
			dst <- i  // Send 'i' to channel 'dst'.
		}
	}
}

// The prime sieve: Daisy-chain filter processes together.
func sieve() {
	ch := make(chan int)  // Create a new channel.
	go generate(ch)       // Start generate() as a subprocess.
	for {
		prime := <-ch
		fmt.Print(prime, "\n")
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
}

func main() {
	sieve()
}
"""#

    static let everything = #"""
// A program with every kind of declaration, statement and expression, generics included.
package main

import (
	"fmt"
	m "math"
	_ "os"
	. "strings"
)

const (
	A = iota
	B
	C float64 = 1 << iota
)

type (
	Number interface {
		~int | ~int64 | ~float64
	}
	List[E any] []E
	Pair[K comparable, V any] struct {
		Key K
		Val V `json:"val"`
	}
	Set[T comparable] = map[T]struct{}
	Stringer interface{ String() string }
	point struct {
		x, y float64
		*List[int]
		fmt.Stringer
	}
	fn func(int, ...string) (bool, error)
	ch <-chan chan<- int
	arr [2 * N][]*Pair[string, int]
)

const N = 4

var (
	zero, one = 0, 1
	sq        = func(x float64) float64 { return x * x }
)

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func (l List[E]) Len() int { return len(l) }

func (l List[E]) Map[F any](f func(E) F) List[F] {
	r := make(List[F], 0, len(l))
	for _, x := range l {
		r = append(r, f(x))
	}
	return r
}

func (p *point) String() string { return fmt.Sprint(p.x, p.y) }

func main() {
	var s Set[int] = Set[int]{1: {}}
	l := List[int]{1, 2, 3}
	strs := l.Map(func(i int) string { return fmt.Sprint(i) })
	p := &point{x: m.Sqrt(2), y: sq(3)}
	c := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range c {
			_ = v
		}
	}()
	c <- Sum(1, 2, 3)
	close(c)
	<-done
	x := any(p)
	switch v := x.(type) {
	case Stringer:
		fmt.Println(v.String(), HasPrefix("ab", "a"))
	case nil, int:
	default:
		fmt.Println("other")
	}
	select {
	case v, ok := <-c:
		_, _ = v, ok
	default:
	}
outer:
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue outer
		case i > 1:
			break outer
		default:
			fallthrough
		case false:
		}
		if j := i * 2; j > 1 {
			goto end
		} else if j == 0 {
			i++
		} else {
			i--
		}
	}
end:
	for range 2 {
	}
	a := [...]int{1, 2, 3}
	b := a[1:2:3]
	b[0] <<= 1
	k := Pair[string, int]{"a", 1}
	fmt.Println(s, strs, k, b, (*point).String(p), Sum[float64](1.5, 2), B, C, arr{}, len(ch(nil)), fn(nil) == nil, zero+one)
}
"""#

    // MARK: syntax errors in gc's words

    func testSyntaxErrorsInGcWords() {
        for (name, src, want) in ParserTests.gcErrors {
            XCTAssertEqual(diagnostics(src), want, name)
        }
    }

    /// Each case: a description, a file x.go, and what `go build x.go` prints
    /// (less the `# command-line-arguments` header and the `./` before the file name).
    static let gcErrors: [(String, String, [String])] = [
        ("missing comma in call",
         "package p\n\nfunc f() {\n\tg(1 2)\n}\n\nfunc g(...int) {}\n",
         ["x.go:4:6: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"]),
        ("newline in argument list",
         "package p\n\nfunc f() {\n\tg(1,\n\t\t2\n\t)\n}\n\nfunc g(...int) {}\n",
         ["x.go:5:4: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
        ("newline in multi-line call",
         "package p\n\nfunc f() {\n\tf(\n\t\t1,\n\t\t2\n\t)\n}\n",
         ["x.go:6:4: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
        ("missing comma in composite literal",
         "package p\n\nvar x = []int{1 2}\n",
         ["x.go:3:17: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"]),
        ("newline in composite literal",
         "package p\n\nfunc f() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n}\n",
         ["x.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"]),
        ("newline in map literal",
         "package p\n\nvar x = map[string]int{\n\t\"a\": 1\n}\n",
         ["x.go:4:8: syntax error: unexpected newline in composite literal; possibly missing comma or }"]),
        ("missing comma in map literal",
         "package p\n\nvar m = map[string]int{\"a\": 1 \"b\": 2}\n",
         ["x.go:3:31: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }"]),
        ("missing semicolon in struct",
         "package p\n\ntype T struct {\n\ta int b int\n}\n",
         ["x.go:4:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"]),
        ("missing semicolon in group",
         "package p\n\nimport (\n\t\"fmt\"\n)\n\nconst (\n\ta = 1 b = 2\n)\n",
         ["x.go:8:8: syntax error: unexpected name b in grouped declaration; possibly missing semicolon or newline or )"]),
        ("statement outside function",
         "package p\n\nx := 1\n",
         ["x.go:3:1: syntax error: non-declaration statement outside function body"]),
        ("keyword after top level declaration",
         "package p\n\nvar x int = 1 var\n",
         ["x.go:3:15: syntax error: unexpected keyword var after top level declaration"]),
        ("unexpected EOF in expression",
         "package p\n\nvar x int =\n",
         ["x.go:4:1: syntax error: unexpected EOF, expected expression"]),
        ("var without type",
         "package p\n\nvar x\n",
         ["x.go:3:6: syntax error: unexpected newline, expected type"]),
        ("const with :=",
         "package p\n\nconst c := 1\n",
         ["x.go:3:9: syntax error: unexpected :=, expected ="]),
        ("imports after declarations",
         "package p\n\nvar x int\n\nimport \"fmt\"\n",
         ["x.go:5:1: syntax error: imports must appear before other declarations"]),
        ("literal after import",
         "package p\n\nimport \"fmt\" \"os\"\n",
         ["x.go:3:14: syntax error: unexpected literal \"os\" after top level declaration"]),
        ("missing package clause",
         "func f() {}\n",
         ["x.go:1:1: expected 'package', found 'func'"]),
        ("brace on next line",
         "package p\n\nfunc f()\n{\n}\n",
         ["x.go:4:1: syntax error: unexpected semicolon or newline before {"]),
        ("missing function name",
         "package p\n\nfunc (T) () {}\n\ntype T int\n",
         ["x.go:3:10: syntax error: unexpected (, expected name"]),
        ("method without receiver",
         "package p\n\nfunc () f() {}\n",
         ["x.go:3:9: method has no receiver"]),
        ("method with two receivers",
         "package p\n\ntype T int\n\nfunc (a, b T) f() {}\n",
         ["x.go:5:15: method has multiple receivers"]),
        ("missing parameter type",
         "package p\n\nfunc f(a int, b) {}\n",
         ["x.go:3:16: syntax error: missing parameter type"]),
        ("missing parameter type 2",
         "package p\n\nfunc f(a, b int, c) {}\n",
         ["x.go:3:19: syntax error: missing parameter type"]),
        ("missing result parameter type",
         "package p\n\nfunc f() (a int, string) {}\n",
         ["x.go:3:24: syntax error: missing parameter type"]),
        ("... not final",
         "package p\n\nfunc f(a ...int, b int) {}\n",
         ["x.go:3:10: can only use ... with final parameter"]),
        ("... without type",
         "package p\n\nfunc f(x ...) {}\n",
         ["x.go:3:13: syntax error: ... is missing type"]),
        ("parenthesized embedded type",
         "package p\n\ntype S struct {\n\t(T)\n}\n",
         ["x.go:4:2: syntax error: cannot parenthesize embedded type"]),
        ("parenthesized embedded pointer",
         "package p\n\ntype S struct {\n\t*(T)\n}\n",
         ["x.go:4:3: syntax error: cannot parenthesize embedded type"]),
        ("comma in array length",
         "package p\n\ntype T [3, 4]int\n",
         ["x.go:3:10: syntax error: unexpected comma; expected ]"]),
        ("channel without element type",
         "package p\n\nvar c chan\n",
         ["x.go:4:1: syntax error: missing channel element type"]),
        ("missing type constraint",
         "package p\n\nfunc f[T any, U](x T) {}\n",
         ["x.go:3:16: syntax error: missing type constraint"]),
        ("single type parameter without constraint",
         "package p\n\nfunc f[T](x T) {}\n",
         ["x.go:3:9: syntax error: missing type constraint"]),
        ("type declaration missing constraint",
         "package p\n\ntype T[P any, Q] struct{}\n",
         ["x.go:3:16: syntax error: missing type constraint"]),
        ("empty type parameter list",
         "package p\n\nfunc f[]() {}\n",
         ["x.go:3:8: syntax error: empty type parameter list"]),
        ("empty method type parameter list",
         "package p\n\ntype T int\n\nfunc (T) m[]() {}\n",
         ["x.go:5:12: syntax error: empty type parameter list"]),
        ("empty receiver type argument list",
         "package p\n\nfunc (r T[]) m() {}\n",
         ["x.go:3:11: syntax error: unexpected ], expected type argument list"]),
        ("function literal with type parameters",
         "package p\n\nvar f = func[T any]() {}\n",
         ["x.go:3:13: syntax error: function type must have no type parameters"]),
        ("interface method with type parameters",
         "package p\n\ntype I interface {\n\tm[T any]()\n}\n",
         ["x.go:4:3: interface method must have no type parameters"]),
        ("union without term",
         "package p\n\ntype C interface {\n\t~int | \n}\n",
         ["x.go:5:1: syntax error: unexpected }, expected ~ term or type"]),
        ("empty instantiation",
         "package p\n\nvar x = G[]\n",
         ["x.go:3:11: syntax error: unexpected ], expected operand"]),
        ("embedded generic without arguments",
         "package p\n\ntype T struct {\n\tG[]\n}\n",
         ["x.go:4:5: syntax error: unexpected newline, expected type"]),
        ("empty index",
         "package p\n\nfunc f() {\n\tvar a [3]int\n\t_ = a[]\n}\n",
         ["x.go:5:8: syntax error: unexpected ], expected operand"]),
        ("final index missing",
         "package p\n\nfunc f(s []int) {\n\t_ = s[1:2:]\n}\n",
         ["x.go:4:12: final index required in 3-index slice"]),
        ("middle index missing",
         "package p\n\nfunc f(s []int) {\n\t_ = s[1::3]\n}\n",
         ["x.go:4:10: middle index required in 3-index slice"]),
        ("parenthesized composite literal type",
         "package p\n\nfunc f() {\n\tvar x = (int){1}\n\t_ = x\n}\n",
         ["x.go:4:15: syntax error: cannot parenthesize type in composite literal"]),
        ("unterminated type assertion",
         "package p\n\nfunc f(x any) {\n\t_ = x.(\n}\n",
         ["x.go:5:1: syntax error: unexpected }, expected type"]),
        ("selector with literal",
         "package p\n\nfunc f() {\n\t_ = x.1\n}\n",
         ["x.go:4:7: syntax error: unexpected literal .1 at end of statement"]),
        ("leading dot",
         "package p\n\nvar x = ._1\n",
         ["x.go:3:9: syntax error: unexpected ., expected expression"]),
        ("operator at end of line",
         "package p\n\nfunc f() {\n\tx := 1 +\n}\n",
         ["x.go:5:1: syntax error: unexpected }, expected expression"]),
        ("unexpected := in expression",
         "package p\n\nfunc f() {\n\tx = := 1\n}\n",
         ["x.go:4:6: syntax error: unexpected :=, expected expression"]),
        ("literal after literal",
         "package p\n\nfunc f() {\n\tx := 'a' 'b'\n}\n",
         ["x.go:4:11: syntax error: unexpected literal 'b' at end of statement"]),
        ("expression in go parenthesized",
         "package p\n\nfunc f() {\n\tgo (g())\n}\n\nfunc g() {}\n",
         ["x.go:4:5: expression in go must not be parenthesized"]),
        ("expression in defer parenthesized",
         "package p\n\nfunc f() {\n\tdefer (g())\n}\n\nfunc g() {}\n",
         ["x.go:4:8: expression in defer must not be parenthesized"]),
        ("else without block",
         "package p\n\nfunc f(x bool) {\n\tif x {\n\t} else y\n}\n",
         ["x.go:5:9: syntax error: else must be followed by if or statement block"]),
        ("else on next line",
         "package p\n\nfunc f() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
         ["x.go:6:2: syntax error: unexpected keyword else, expected }"]),
        ("else if on next line",
         "package p\n\nfunc f(x int) {\n\tif x == 1 {\n\t}\n\telse if {\n\t}\n}\n",
         ["x.go:6:2: syntax error: unexpected keyword else, expected }"]),
        ("two elses",
         "package p\n\nfunc f() {\n\tif true {} else {} else {}\n}\n",
         ["x.go:4:21: syntax error: unexpected keyword else at end of statement",
          "x.go:5:1: syntax error: non-declaration statement outside function body"]),
        ("missing condition",
         "package p\n\nfunc f() {\n\tif {\n\t}\n}\n",
         ["x.go:4:5: syntax error: missing condition in if statement"]),
        ("missing condition after init",
         "package p\n\nfunc f(x int) {\n\tif x; {\n\t}\n}\n",
         ["x.go:4:6: syntax error: missing condition in if statement"]),
        ("if header on two lines",
         "package p\n\nfunc f(x bool) {\n\tif x\n\t{\n\t}\n}\n",
         ["x.go:4:6: syntax error: unexpected newline, expected { after if clause"]),
        ("short variable declaration as condition",
         "package p\n\nfunc f() {\n\tif x := 0 {\n\t}\n}\n",
         ["x.go:4:7: syntax error: cannot use x := 0 as value"]),
        ("assignment as condition",
         "package p\n\nfunc f() {\n\tif x := 1; x = 2 {\n\t}\n}\n",
         ["x.go:4:15: syntax error: cannot use assignment x = 2 as value"]),
        ("short variable declaration as switch tag",
         "package p\n\nfunc f() {\n\tswitch x := 1 {\n\t}\n}\n",
         ["x.go:4:11: syntax error: cannot use x := 1 as value"]),
        ("composite literal in switch header",
         "package p\n\ntype T struct{ x int }\n\nfunc f() {\n\tswitch s := T{}; s.x {\n\t}\n}\n",
         ["x.go:6:11: syntax error: cannot use s := T as value"]),
        ("composite literal in if header",
         "package p\n\ntype T struct{ a int }\n\nfunc f(x T) {\n\tif x == T{} {\n\t}\n}\n",
         ["x.go:6:14: syntax error: unexpected { at end of statement",
          "x.go:8:1: syntax error: non-declaration statement outside function body"]),
        ("declaration in post statement",
         "package p\n\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
         ["x.go:4:23: syntax error: cannot declare in post statement of for loop"]),
        ("declaration in empty for clause post statement",
         "package p\n\nfunc f() {\n\tfor ; ; x := 1 {\n\t}\n}\n",
         ["x.go:4:12: syntax error: cannot declare in post statement of for loop"]),
        ("var in for initializer",
         "package p\n\nfunc f() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
         ["x.go:4:10: syntax error: var declaration not allowed in for initializer"]),
        ("missing for post statement",
         "package p\n\nfunc f() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
         ["x.go:4:21: syntax error: unexpected {, expected semicolon or newline",
          "x.go:5:2: syntax error: unexpected }, expected expression"]),
        ("semicolon after range clause",
         "package p\n\nfunc f() {\n\tfor x := range 3; {\n\t}\n}\n",
         ["x.go:4:18: syntax error: unexpected semicolon, expected { after for clause"]),
        ("semicolon after for clause",
         "package p\n\nfunc f() {\n\tfor i := 0; i < 3; i++; {\n\t}\n}\n",
         ["x.go:4:24: syntax error: unexpected semicolon, expected { after for clause"]),
        ("range without expression",
         "package p\n\nfunc f() {\n\tfor x := range {\n\t}\n}\n",
         ["x.go:4:17: syntax error: unexpected {, expected expression",
          "x.go:5:2: syntax error: unexpected }, expected { after for clause"]),
        ("case outside switch",
         "package p\n\nfunc f() {\n\tcase 1:\n}\n",
         ["x.go:4:2: syntax error: unexpected keyword case, expected }"]),
        ("missing colon after case",
         "package p\n\nfunc f() {\n\tswitch {\n\tcase true\n\t}\n}\n",
         ["x.go:5:11: syntax error: unexpected newline, expected :"]),
        ("missing colon after default",
         "package p\n\nfunc f() {\n\tselect {\n\tdefault\n\t}\n}\n",
         ["x.go:6:2: syntax error: unexpected }, expected :"]),
        ("label in switch body",
         "package p\n\nfunc f() {\n\tswitch {\n\tfoo:\n\t}\n}\n",
         ["x.go:5:2: syntax error: unexpected name foo, expected case or default or }"]),
        ("increment twice",
         "package p\n\nfunc f() {\n\tvar x = 1; x++ ++\n}\n",
         ["x.go:4:17: syntax error: unexpected ++ at end of statement"]),
        ("increment of a list",
         "package p\n\nfunc f() {\n\tvar x, y = 1, 2\n\tx, y ++\n}\n",
         ["x.go:5:7: syntax error: unexpected ++, expected := or = or comma"]),
        ("defer without expression",
         "package p\n\nfunc f() {\n\tdefer\n}\n",
         ["x.go:5:1: syntax error: unexpected }, expected expression"]),
        ("goto without label",
         "package p\n\nfunc f() {\n\tgoto\n}\n",
         ["x.go:5:1: syntax error: unexpected }, expected name"]),
        ("statement after closing brace",
         "package p\n\nfunc main() {\n\tfor i := range 10 {\n\t\tprintln(i)\n\t}}\n\tfoo\n",
         ["x.go:7:2: syntax error: non-declaration statement outside function body"]),
        ("too many errors",
         "package p\n\nfunc f() {\n\tx0 := )\n\tx1 := )\n\tx2 := )\n\tx3 := )\n\tx4 := )\n\tx5 := )\n\tx6 := )\n\tx7 := )\n\tx8 := )\n\tx9 := )\n\tx10 := )\n\tx11 := )\n}\n",
         ["x.go:4:8: syntax error: unexpected ), expected expression",
          "x.go:5:8: syntax error: unexpected ), expected expression",
          "x.go:6:8: syntax error: unexpected ), expected expression",
          "x.go:7:8: syntax error: unexpected ), expected expression",
          "x.go:8:8: syntax error: unexpected ), expected expression",
          "x.go:9:8: syntax error: unexpected ), expected expression",
          "x.go:10:8: syntax error: unexpected ), expected expression",
          "x.go:11:8: syntax error: unexpected ), expected expression",
          "x.go:12:8: syntax error: unexpected ), expected expression",
          "x.go:13:8: syntax error: unexpected ), expected expression",
          "x.go:13:8: too many errors"]),
        ("break outside loop",
         "package p\n\nfunc f() {\n\tbreak\n}\n",
         ["x.go:4:2: break is not in a loop, switch, or select"]),
        ("continue outside loop",
         "package p\n\nfunc f() {\n\tcontinue\n}\n",
         ["x.go:4:2: continue is not in a loop"]),
        ("break in closure",
         "package p\n\nfunc f() {\n\tfor {\n\t\tfunc() {\n\t\t\tbreak\n\t\t}()\n\t}\n}\n",
         ["x.go:6:4: break is not in a loop, switch, or select"]),
        ("unused label",
         "package p\n\nfunc f() {\nL:\n\tfor {\n\t}\n}\n",
         ["x.go:4:1: label L defined and not used"]),
        ("unused label on empty statement",
         "package p\n\nfunc f() {\nL:\n}\n",
         ["x.go:4:1: label L defined and not used"]),
        ("undefined break label",
         "package p\n\nfunc f() {\n\tfor {\n\t\tbreak L\n\t}\n}\n",
         ["x.go:5:9: break label not defined: L"]),
        ("undefined continue label",
         "package p\n\nfunc f() {\n\tfor {\n\t\tcontinue L\n\t}\n}\n",
         ["x.go:5:12: continue label not defined: L"]),
        ("invalid break label",
         "package p\n\nfunc f() {\nL:\n\tif true {\n\t\tbreak L\n\t}\n}\n",
         ["x.go:6:9: invalid break label L"]),
        ("invalid continue label",
         "package p\n\nfunc f() {\nL:\n\tswitch {\n\tdefault:\n\t\tcontinue L\n\t}\n}\n",
         ["x.go:7:12: invalid continue label L"]),
        ("undefined goto label",
         "package p\n\nfunc f() {\n\tgoto L\n}\n",
         ["x.go:4:7: label L not defined"]),
        ("goto label in closure",
         "package p\n\nfunc f() {\n\tvar _ = func() {\n\t\tgoto L\n\t}\nL:\n\tgoto L\n}\n",
         ["x.go:5:8: label L not defined"]),
        ("goto over declaration",
         "package p\n\nfunc f() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n}\n",
         ["x.go:4:7: goto L jumps over declaration of x at x.go:5:4"]),
        ("goto into block",
         "package p\n\nfunc f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
         ["x.go:4:7: goto L jumps into block starting at x.go:5:2"]),
        ("label defined twice",
         "package p\n\nfunc f() {\nL:\nL:\n\tgoto L\n}\n",
         ["x.go:5:1: label L already defined at x.go:4:1"]),
        ("two label errors",
         "package p\n\nfunc f() {\n\tL1: for { break L2 }\n}\n",
         ["x.go:4:2: label L1 defined and not used",
          "x.go:4:18: break label not defined: L2"]),
        ("fallthrough out of place",
         "package p\n\nfunc f() {\n\tfallthrough\n}\n",
         ["x.go:4:2: fallthrough statement out of place"]),
        ("fallthrough in final case",
         "package p\n\nfunc f() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
         ["x.go:6:3: cannot fallthrough final case in switch"]),
        ("fallthrough in type switch",
         "package p\n\nfunc f(x any) {\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n",
         ["x.go:6:3: cannot fallthrough in type switch"]),
    ]
}
