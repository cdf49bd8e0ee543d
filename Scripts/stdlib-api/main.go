// Command stdlib-api generates the declarations (API) of Go's standard
// packages that gosub's type checker needs, as Go source files with bodyless
// functions, and embeds them in Swift (Sources/Types/API/<pkg>.swift).
//
// It type-checks the real packages from GOROOT (go/importer "source"), prints
// every exported object of the requested packages, plus every object of any
// package (requested or not) that those declarations reference, and then
// verifies the output: each generated file must parse, the set must
// type-check, and each declared object must agree with the original
// (signatures, constant values and types, method sets, sizes, alignments,
// comparability, every field's name and offset under gc/amd64 sizes). It also
// lists, per package, the unexported package-level names gc knows (from its
// export data) that the generated source does not declare.
//
// See README.md for how to run it.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// requested are the packages whose whole exported API is generated.
var requested = []string{
	"fmt", "strings", "strconv", "os", "errors", "math", "math/bits", "math/rand",
	"sort", "unicode", "unicode/utf8", "bytes", "sync", "sync/atomic", "time",
	"slices", "maps", "cmp", "io", "io/fs", "bufio", "context", "container/list",
	"container/heap", "runtime", "runtime/debug", "iter",
	"log", "flag", "path", "path/filepath", "unicode/utf16", "container/ring",
	"encoding/hex", "hash", "hash/fnv", "hash/crc32", "encoding/base64", "encoding/binary",
}

var sizes = types.SizesFor("gc", "amd64")

// pkgGen collects the declarations of one generated package.
type pkgGen struct {
	pkg     *types.Package
	full    bool                  // whole exported API (else: only what is referenced)
	objs    map[types.Object]bool // objects declared
	imports map[string]*types.Package
	notes   []string
}

type gen struct {
	fset  *token.FileSet
	pkgs  map[string]*pkgGen
	work  []types.Object
	notes []string
}

func (g *gen) pkgOf(p *types.Package) *pkgGen {
	pg := g.pkgs[p.Path()]
	if pg == nil {
		pg = &pkgGen{pkg: p, objs: map[types.Object]bool{}, imports: map[string]*types.Package{}}
		g.pkgs[p.Path()] = pg
	}
	return pg
}

func (g *gen) need(obj types.Object) {
	if obj == nil || obj.Pkg() == nil {
		return
	}
	pg := g.pkgOf(obj.Pkg())
	if !pg.objs[obj] {
		pg.objs[obj] = true
		g.work = append(g.work, obj)
	}
}

func isFull(p *types.Package) bool {
	for _, r := range requested {
		if r == p.Path() {
			return true
		}
	}
	return false
}

func isInternal(path string) bool {
	return path == "internal" || strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/") || strings.HasSuffix(path, "/internal")
}

// walk records every named object a printed type refers to.
func (g *gen) walk(t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
	case *types.Named:
		g.need(t.Origin().Obj())
		for i := 0; i < t.TypeArgs().Len(); i++ {
			g.walk(t.TypeArgs().At(i))
		}
	case *types.Alias:
		g.need(t.Origin().Obj())
		for i := 0; i < t.TypeArgs().Len(); i++ {
			g.walk(t.TypeArgs().At(i))
		}
	case *types.Pointer:
		g.walk(t.Elem())
	case *types.Slice:
		g.walk(t.Elem())
	case *types.Array:
		g.walk(t.Elem())
	case *types.Chan:
		g.walk(t.Elem())
	case *types.Map:
		g.walk(t.Key())
		g.walk(t.Elem())
	case *types.Signature:
		g.walkTParams(t.TypeParams())
		g.walk(t.Params())
		g.walk(t.Results())
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			g.walk(t.At(i).Type())
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			g.walk(t.Field(i).Type())
		}
	case *types.Interface:
		for i := 0; i < t.NumExplicitMethods(); i++ {
			g.walk(t.ExplicitMethod(i).Type())
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			g.walk(t.EmbeddedType(i))
		}
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			g.walk(t.Term(i).Type())
		}
	case *types.TypeParam:
	default:
		panic(fmt.Sprintf("walk: unexpected %T", t))
	}
}

func (g *gen) walkTParams(l *types.TypeParamList) {
	for i := 0; i < l.Len(); i++ {
		g.walk(l.At(i).Constraint())
	}
}

// keepable reports whether a type can stay as it is in a blank field: it
// refers only to predeclared types, type parameters and exported types of
// requested, non-internal packages.
func keepable(t types.Type) bool {
	ok := true
	var visit func(t types.Type)
	visit = func(t types.Type) {
		switch t := t.(type) {
		case *types.Named:
			o := t.Obj()
			if o.Pkg() != nil && (!o.Exported() || !isFull(o.Pkg()) || isInternal(o.Pkg().Path())) {
				ok = false
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				visit(t.TypeArgs().At(i))
			}
		case *types.Alias:
			o := t.Obj()
			if o.Pkg() != nil && (!o.Exported() || !isFull(o.Pkg()) || isInternal(o.Pkg().Path())) {
				ok = false
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				visit(t.TypeArgs().At(i))
			}
		case *types.Pointer:
			visit(t.Elem())
		case *types.Slice:
			visit(t.Elem())
		case *types.Array:
			visit(t.Elem())
		case *types.Chan:
			visit(t.Elem())
		case *types.Map:
			visit(t.Key())
			visit(t.Elem())
		case *types.Signature:
			if t.TypeParams().Len() > 0 {
				ok = false
			}
			visit(t.Params())
			visit(t.Results())
		case *types.Tuple:
			for i := 0; i < t.Len(); i++ {
				visit(t.At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				if !t.Field(i).Exported() && t.Field(i).Name() != "_" {
					ok = false
				}
				visit(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumExplicitMethods(); i++ {
				if !t.ExplicitMethod(i).Exported() {
					ok = false
				}
				visit(t.ExplicitMethod(i).Type())
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				visit(t.EmbeddedType(i))
			}
		case *types.Basic, *types.TypeParam:
		default:
			ok = false
		}
	}
	visit(t)
	return ok
}

// printer prints declarations of one package.
type printer struct {
	g   *gen
	pg  *pkgGen
	buf bytes.Buffer
}

func (p *printer) qual(other *types.Package) string {
	if other == p.pg.pkg {
		return ""
	}
	p.pg.imports[other.Path()] = other
	return other.Name()
}

func (p *printer) typ(t types.Type) string {
	p.g.walk(t)
	s := types.TypeString(t, p.qual)
	if strings.Contains(s, "unsafe.Pointer") {
		p.pg.imports["unsafe"] = types.Unsafe
	}
	return s
}

func (p *printer) tparams(l *types.TypeParamList) string {
	if l.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < l.Len(); i++ {
		tp := l.At(i)
		parts = append(parts, tp.Obj().Name()+" "+p.typ(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// sig prints a signature without "func" (type parameters included).
func (p *printer) sig(s *types.Signature) string {
	p.g.walk(s)
	var b bytes.Buffer
	types.WriteSignature(&b, s, p.qual)
	if strings.Contains(b.String(), "unsafe.Pointer") {
		p.pg.imports["unsafe"] = types.Unsafe
	}
	return b.String()
}

// constValue prints a constant's value as a Go expression of the same kind
// and exact value.
func constValue(c *types.Const) (string, error) {
	v := c.Val()
	under := c.Type().Underlying().(*types.Basic)
	switch v.Kind() {
	case constant.Bool:
		return v.String(), nil
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), nil
	case constant.Int:
		if under.Kind() == types.UntypedRune {
			if i, ok := constant.Int64Val(v); ok && i >= 0 && i <= utf8.MaxRune && utf8.ValidRune(rune(i)) {
				return strconv.QuoteRuneToASCII(rune(i)), nil
			}
			return "'\\x00' + " + v.ExactString(), nil
		}
		if under.Info()&types.IsFloat != 0 && under.Kind() == types.UntypedFloat {
			return floatString(v)
		}
		return v.ExactString(), nil
	case constant.Float:
		return floatString(v)
	}
	return "", fmt.Errorf("constant %s: unsupported kind %v", c.Name(), v.Kind())
}

// floatString prints an exact float value as a float literal (or, for a
// rational that has no finite decimal or binary expansion, as an exact
// quotient of a float literal and an integer).
func floatString(v constant.Value) (string, error) {
	var r *big.Rat
	switch x := constant.Val(constant.ToFloat(v)).(type) {
	case *big.Rat:
		r = x
	case *big.Float:
		r, _ = x.Rat(nil)
		if r == nil {
			return "", fmt.Errorf("infinite float")
		}
	case int64:
		r = new(big.Rat).SetInt64(x)
	case *big.Int:
		r = new(big.Rat).SetInt(x)
	default:
		return "", fmt.Errorf("float value %T", x)
	}
	num, den := r.Num(), r.Denom()
	// den = 2^a 5^b: a finite decimal expansion.
	d := new(big.Int).Set(den)
	a, b := 0, 0
	two, five := big.NewInt(2), big.NewInt(5)
	m := new(big.Int)
	for {
		q, rem := new(big.Int).QuoRem(d, two, m)
		if rem.Sign() != 0 {
			break
		}
		d, a = q, a+1
	}
	for {
		q, rem := new(big.Int).QuoRem(d, five, m)
		if rem.Sign() != 0 {
			break
		}
		d, b = q, b+1
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		digits := a
		if b > digits {
			digits = b
		}
		s := r.FloatString(digits)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		if len(s) <= 80 {
			return s, nil
		}
		if b == 0 {
			// Dyadic: an exact hexadecimal float literal.
			f := new(big.Float).SetPrec(uint(num.BitLen() + 8)).SetRat(r)
			return f.Text('x', -1), nil
		}
		return s, nil
	}
	return fmt.Sprintf("%s.0 / %s", num.String(), den.String()), nil
}

func (p *printer) constDecl(c *types.Const) error {
	val, err := constValue(c)
	if err != nil {
		return err
	}
	t := c.Type()
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		fmt.Fprintf(&p.buf, "\t%s = %s\n", c.Name(), val)
	} else {
		fmt.Fprintf(&p.buf, "\t%s %s = %s\n", c.Name(), p.typ(t), val)
	}
	return nil
}

// ptrWords marks the 8-byte words of t (at offset off) that hold pointers.
func ptrWords(t types.Type, off int64, set map[int64]bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Kind() == types.UnsafePointer:
			set[off/8] = true
		case u.Info()&types.IsString != 0:
			set[off/8] = true
		}
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
		set[off/8] = true
	case *types.Slice:
		set[off/8] = true
	case *types.Interface:
		set[off/8] = true
		set[off/8+1] = true
	case *types.Array:
		es := sizes.Sizeof(u.Elem())
		if !hasPointers(u.Elem()) {
			return
		}
		for i := int64(0); i < u.Len(); i++ {
			ptrWords(u.Elem(), off+i*es, set)
		}
	case *types.Struct:
		fs := fields(u)
		offs := sizes.Offsetsof(fs)
		for i, f := range fs {
			ptrWords(f.Type(), off+offs[i], set)
		}
	case *types.TypeParam:
		panic("type parameter in replaced field")
	}
}

func hasPointers(t types.Type) bool {
	set := map[int64]bool{}
	switch u := t.Underlying().(type) {
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	default:
		ptrWords(t, 0, set)
	}
	return len(set) > 0
}

func fields(s *types.Struct) []*types.Var {
	var fs []*types.Var
	for i := 0; i < s.NumFields(); i++ {
		fs = append(fs, s.Field(i))
	}
	return fs
}

// fillerParts returns the types of consecutive fields that exactly fill
// [pos, end) of a value of alignment align, with unsafe.Pointer words where
// the original has pointers (ptrs: indexes of pointer words, relative to the
// same origin as pos).
func (p *printer) fillerParts(pos, end, align int64, ptrs map[int64]bool) []string {
	var out []string
	for pos < end {
		if pos%8 == 0 && pos+8 <= end && align >= 8 {
			isPtr := ptrs[pos/8]
			n := int64(0)
			for pos+8*(n+1) <= end && ptrs[(pos+8*n)/8] == isPtr {
				n++
			}
			elem := "uint64"
			if isPtr {
				elem = "unsafe.Pointer"
				p.pg.imports["unsafe"] = types.Unsafe
			}
			if n == 1 {
				out = append(out, elem)
			} else {
				out = append(out, fmt.Sprintf("[%d]%s", n, elem))
			}
			pos += 8 * n
			continue
		}
		u := int64(4)
		for u > 1 && !(pos%u == 0 && pos+u <= end && u <= align) {
			u /= 2
		}
		n := int64(0)
		for pos+u*(n+1) <= end {
			n++
			q := pos + u*n
			if align >= 8 && q%8 == 0 && end-q >= 8 {
				break
			}
		}
		elem := map[int64]string{1: "uint8", 2: "uint16", 4: "uint32"}[u]
		if n == 1 {
			out = append(out, elem)
		} else {
			out = append(out, fmt.Sprintf("[%d]%s", n, elem))
		}
		pos += u * n
	}
	return out
}

// fillerType returns a type with the layout of t (gc, amd64): the same size
// and alignment, pointers in the same words, and the same comparability,
// written with predeclared types and unsafe.Pointer only: `[2]uint32`,
// `unsafe.Pointer`, or a struct of such parts (`struct{ _ unsafe.Pointer; _
// [2]uint64 }`), led by `_ [0]func()` if t is not comparable.
func (p *printer) fillerType(t types.Type) string {
	size, align := sizes.Sizeof(t), sizes.Alignof(t)
	ptrs := map[int64]bool{}
	ptrWords(t, 0, ptrs)
	comparable := types.Comparable(t)
	if !comparable && align < 8 {
		// Every incomparable type holds a slice, map or func (maybe in a
		// zero-length array), all pointer-aligned.
		panic(fmt.Sprintf("incomparable type %s with alignment %d", t, align))
	}
	var parts []string
	if size == 0 {
		if comparable {
			return map[int64]string{1: "struct{}", 2: "[0]uint16", 4: "[0]uint32", 8: "[0]uint64"}[align]
		}
		return "[0]func()"
	}
	parts = p.fillerParts(0, size, align, ptrs)
	if comparable && len(parts) == 1 {
		return parts[0]
	}
	if !comparable {
		parts = append([]string{"[0]func()"}, parts...)
	}
	return "struct{ _ " + strings.Join(parts, "; _ ") + " }"
}

// layoutDependsOnTParams reports whether the size, alignment or pointer
// words of t depend on type parameters (go/types would size a type parameter
// like an interface).
func layoutDependsOnTParams(t types.Type) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named, *types.Alias:
		return layoutDependsOnTParams(t.Underlying())
	case *types.Array:
		return layoutDependsOnTParams(t.Elem())
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if layoutDependsOnTParams(t.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

// structType prints a struct type. Exported fields stay as they are; an
// unexported (or blank) field keeps its name and, when its type is
// expressible (keepable), its type; otherwise its type is replaced by a
// filler of the same layout (fillerType). An unexported embedded field
// becomes a named field of a filler type: embedding it would promote its
// (unexported) fields and methods.
func (p *printer) structType(owner *types.TypeName, s *types.Struct) string {
	var lines []string
	for i, f := range fields(s) {
		var line string
		switch {
		case f.Exported() && f.Embedded():
			line = p.typ(f.Type())
		case f.Exported() || (!f.Embedded() && keepable(f.Type())):
			line = f.Name() + " " + p.typ(f.Type())
		default:
			if layoutDependsOnTParams(f.Type()) {
				p.g.notes = append(p.g.notes, fmt.Sprintf("%s.%s: cannot lay out unexported field %s (type parameters); dropped", owner.Pkg().Path(), owner.Name(), f.Name()))
				continue
			}
			filler := p.fillerType(f.Type())
			if f.Embedded() {
				p.g.notes = append(p.g.notes, fmt.Sprintf("%s.%s: unexported embedded field %s replaced by the field %s %s (its exported methods are declared on %s)", owner.Pkg().Path(), owner.Name(), types.TypeString(f.Type(), (*types.Package).Name), f.Name(), filler, owner.Name()))
				checkPromotedFields(p.g, owner, f)
			}
			line = f.Name() + " " + filler
		}
		if tag := s.Tag(i); tag != "" {
			line += " " + strconv.Quote(tag)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return "struct{}"
	}
	return "struct {\n\t" + strings.Join(lines, "\n\t") + "\n}"
}

func checkPromotedFields(g *gen, owner *types.TypeName, f *types.Var) {
	t := f.Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if s, ok := t.Underlying().(*types.Struct); ok {
		for i := 0; i < s.NumFields(); i++ {
			if s.Field(i).Exported() {
				g.notes = append(g.notes, fmt.Sprintf("%s.%s: promoted field %s through unexported embedded field is lost", owner.Pkg().Path(), owner.Name(), s.Field(i).Name()))
			}
		}
	}
}

func (p *printer) interfaceType(owner *types.TypeName, it *types.Interface) string {
	var lines []string
	for i := 0; i < it.NumEmbeddeds(); i++ {
		lines = append(lines, p.typ(it.EmbeddedType(i)))
	}
	for i := 0; i < it.NumExplicitMethods(); i++ {
		m := it.ExplicitMethod(i)
		if !m.Exported() {
			p.g.notes = append(p.g.notes, fmt.Sprintf("%s.%s: interface has unexported method %s (kept)", owner.Pkg().Path(), owner.Name(), m.Name()))
		}
		lines = append(lines, m.Name()+p.sig(m.Type().(*types.Signature)))
	}
	if len(lines) == 0 {
		return "interface{}"
	}
	return "interface {\n\t" + strings.Join(lines, "\n\t") + "\n}"
}

func (p *printer) typeDecl(tn *types.TypeName) {
	if a, ok := tn.Type().(*types.Alias); ok {
		fmt.Fprintf(&p.buf, "type %s%s = %s\n", tn.Name(), p.tparams(a.TypeParams()), p.typ(a.Rhs()))
		return
	}
	n := tn.Type().(*types.Named)
	var under string
	switch u := n.Underlying().(type) {
	case *types.Struct:
		under = p.structType(tn, u)
	case *types.Interface:
		under = p.interfaceType(tn, u)
	default:
		under = p.typ(u)
	}
	fmt.Fprintf(&p.buf, "type %s%s %s\n", tn.Name(), p.tparams(n.TypeParams()), under)
	p.methods(n)
}

func (p *printer) methods(n *types.Named) {
	if types.IsInterface(n) {
		return
	}
	// Declared methods, in source order.
	declared := map[string]bool{}
	for i := 0; i < n.NumMethods(); i++ {
		m := n.Method(i)
		declared[m.Name()] = true
	}
	var ms []*types.Func
	for i := 0; i < n.NumMethods(); i++ {
		if m := n.Method(i); m.Exported() {
			ms = append(ms, m)
		}
	}
	less := posLess(p.g.fset)
	sort.SliceStable(ms, func(i, j int) bool { return less(ms[i], ms[j]) })
	rtparams := ""
	if n.TypeParams().Len() > 0 {
		var names []string
		for i := 0; i < n.TypeParams().Len(); i++ {
			names = append(names, n.TypeParams().At(i).Obj().Name())
		}
		rtparams = "[" + strings.Join(names, ", ") + "]"
	}
	for _, m := range ms {
		s := m.Type().(*types.Signature)
		recv := s.Recv()
		star := ""
		if _, ok := recv.Type().(*types.Pointer); ok {
			star = "*"
		}
		// Receiver type parameter names as written in the method.
		rtp := rtparams
		if s.RecvTypeParams().Len() > 0 {
			var names []string
			for i := 0; i < s.RecvTypeParams().Len(); i++ {
				names = append(names, s.RecvTypeParams().At(i).Obj().Name())
			}
			rtp = "[" + strings.Join(names, ", ") + "]"
		}
		rname := recv.Name()
		if rname != "" {
			rname += " "
		}
		fmt.Fprintf(&p.buf, "func (%s%s%s%s) %s%s\n", rname, star, n.Obj().Name(), rtp, m.Name(), p.sig(s))
	}
	// Methods promoted through replaced (unexported) embedded fields.
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return
	}
	msT := types.NewMethodSet(n)
	msP := types.NewMethodSet(types.NewPointer(n))
	for i := 0; i < msP.Len(); i++ {
		sel := msP.At(i)
		m := sel.Obj()
		if !m.Exported() || declared[m.Name()] || len(sel.Index()) < 2 {
			continue
		}
		f := st.Field(sel.Index()[0])
		if f.Exported() {
			continue // still promoted from the kept embedded field
		}
		star := "*"
		if msT.Lookup(m.Pkg(), m.Name()) != nil {
			star = ""
		}
		s := sel.Type().(*types.Signature)
		fmt.Fprintf(&p.buf, "func (%s%s%s) %s%s\n", star, n.Obj().Name(), rtparams, m.Name(), p.sig(s))
	}
}

func (p *printer) funcDecl(f *types.Func) {
	fmt.Fprintf(&p.buf, "func %s%s\n", f.Name(), p.sig(f.Type().(*types.Signature)))
}

func posLess(fset *token.FileSet) func(a, b types.Object) bool {
	return func(a, b types.Object) bool {
		pa, pb := fset.Position(a.Pos()), fset.Position(b.Pos())
		if pa.Filename != pb.Filename {
			return filepath.Base(pa.Filename) < filepath.Base(pb.Filename)
		}
		return pa.Offset < pb.Offset
	}
}

// render prints the file of one package.
func (g *gen) render(pg *pkgGen, fset *token.FileSet) (string, error) {
	p := &printer{g: g, pg: pg}
	pg.imports = map[string]*types.Package{}
	var consts, vars, funcs, typs []types.Object
	for o := range pg.objs {
		switch o.(type) {
		case *types.Const:
			consts = append(consts, o)
		case *types.Var:
			vars = append(vars, o)
		case *types.Func:
			funcs = append(funcs, o)
		case *types.TypeName:
			typs = append(typs, o)
		}
	}
	less := posLess(fset)
	for _, l := range [][]types.Object{consts, vars, funcs, typs} {
		sort.Slice(l, func(i, j int) bool { return less(l[i], l[j]) })
	}
	var body bytes.Buffer
	if len(consts) > 0 {
		p.buf.Reset()
		p.buf.WriteString("const (\n")
		for _, c := range consts {
			if err := p.constDecl(c.(*types.Const)); err != nil {
				return "", err
			}
		}
		p.buf.WriteString(")\n\n")
		body.Write(p.buf.Bytes())
	}
	if len(vars) > 0 {
		p.buf.Reset()
		p.buf.WriteString("var (\n")
		for _, v := range vars {
			fmt.Fprintf(&p.buf, "\t%s %s\n", v.Name(), p.typ(v.Type()))
		}
		p.buf.WriteString(")\n\n")
		body.Write(p.buf.Bytes())
	}
	if len(funcs) > 0 {
		p.buf.Reset()
		for _, f := range funcs {
			p.funcDecl(f.(*types.Func))
		}
		p.buf.WriteString("\n")
		body.Write(p.buf.Bytes())
	}
	for _, t := range typs {
		p.buf.Reset()
		p.typeDecl(t.(*types.TypeName))
		p.buf.WriteString("\n")
		body.Write(p.buf.Bytes())
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "package %s\n\n", pg.pkg.Name())
	if len(pg.imports) > 0 {
		var paths []string
		names := map[string]string{}
		for path, ip := range pg.imports {
			if other, dup := names[ip.Name()]; dup {
				return "", fmt.Errorf("%s: imports %s and %s share the name %s", pg.pkg.Path(), other, path, ip.Name())
			}
			names[ip.Name()] = path
			paths = append(paths, path)
		}
		sort.Strings(paths)
		out.WriteString("import (\n")
		for _, path := range paths {
			fmt.Fprintf(&out, "\t%q\n", path)
		}
		out.WriteString(")\n\n")
	}
	out.Write(bytes.TrimRight(body.Bytes(), "\n"))
	out.WriteString("\n")
	// gofmt the file (this also checks that it parses).
	formatted, err := format.Source(out.Bytes())
	if err != nil {
		return "", fmt.Errorf("%s: generated file does not parse: %v", pg.pkg.Path(), err)
	}
	return string(formatted), nil
}

func main() {
	swiftOut := flag.String("swift", "", "directory for the Swift files (Sources/Types/API)")
	goOut := flag.String("go", "", "optional directory for the generated .go files (for inspection)")
	goVersion := flag.String("goversion", "", "Go version named in the Swift headers (default: runtime version)")
	checkProgs := flag.Bool("checkexamples", true, "type-check GOROOT's example_test.go files of the requested packages against both the originals and the generated declarations and compare")
	noRealSizes := flag.Bool("norealsizes", false, "skip comparing sizes with a program built by the real Go")
	noRealNames := flag.Bool("norealnames", false, "skip checking the unexported names with a program compiled by the real Go")
	flag.Parse()

	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	g := &gen{fset: fset, pkgs: map[string]*pkgGen{}}
	orig := map[string]*types.Package{}
	for _, path := range requested {
		pkg, err := imp.Import(path)
		if err != nil {
			fail(err)
		}
		orig[path] = pkg
		pg := g.pkgOf(pkg)
		pg.full = true
		for _, name := range pkg.Scope().Names() {
			if o := pkg.Scope().Lookup(name); o.Exported() {
				g.need(o)
			}
		}
	}
	// Render until no new object is needed (rendering records what each
	// declaration refers to).
	files := map[string]string{}
	for {
		n := len(g.work)
		g.notes = nil
		for path, pg := range g.pkgs {
			src, err := g.render(pg, fset)
			if err != nil {
				fail(err)
			}
			files[path] = src
		}
		if len(g.work) == n {
			break
		}
	}
	for _, pg := range g.pkgs {
		orig[pg.pkg.Path()] = pg.pkg
	}
	var paths []string
	for path := range files {
		paths = append(paths, path)
	}
	sort.Strings(paths)

	// Verify.
	genPkgs, err := verify(paths, files, orig)
	if err != nil {
		fail(err)
	}
	if *checkProgs {
		if err := checkPrograms(fset, imp, genPkgs); err != nil {
			fail(err)
		}
	}
	if !*noRealSizes {
		if err := checkRealSizes(genPkgs); err != nil {
			fail(err)
		}
	}

	// Unexported package-level names that gc knows (its export data) and
	// the generated sources do not declare.
	unexported, err := unexportedNames(paths, orig, genPkgs)
	if err != nil {
		fail(err)
	}
	if !*noRealNames {
		if err := checkRealNames(paths, orig, genPkgs, unexported); err != nil {
			fail(err)
		}
	}

	notes := uniq(g.notes)
	for _, n := range notes {
		fmt.Fprintln(os.Stderr, "note:", n)
	}

	ver := *goVersion
	if ver == "" {
		ver = strings.TrimPrefix(strings.SplitN(runtime.Version(), " ", 2)[0], "go")
		if parts := strings.Split(ver, "."); len(parts) >= 2 {
			ver = parts[0] + "." + parts[1]
		}
	}
	for _, path := range paths {
		full := "referenced parts of"
		if g.pkgs[path].full {
			full = "exported API of"
		}
		fmt.Fprintf(os.Stderr, "%-16s %5d lines (%s)\n", path, strings.Count(files[path], "\n"), full)
		if *goOut != "" {
			dir := filepath.Join(*goOut, path)
			must(os.MkdirAll(dir, 0o755))
			must(os.WriteFile(filepath.Join(dir, "api.go"), []byte(files[path]), 0o644))
		}
		if *swiftOut != "" {
			must(writeSwift(*swiftOut, path, files[path], unexported[path], g.pkgs[path].full, ver))
		}
	}
	if *swiftOut != "" {
		var partial []string
		for _, path := range paths {
			if !g.pkgs[path].full {
				partial = append(partial, path)
			}
		}
		must(writeIndex(*swiftOut, paths, partial))
	}
}

func swiftName(path string) string { return strings.ReplaceAll(path, "/", "_") }

func rawDelims(s string) string {
	h := "#"
	for strings.Contains(s, `"""`+h) || strings.Contains(s, `\`+h) {
		h += "#"
	}
	return h
}

func writeSwift(dir, path, src string, unexported []string, full bool, ver string) error {
	h := rawDelims(src)
	what := "package " + path
	if !full {
		what = "package " + path + " (only the parts the other packages' APIs refer to)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Declarations of Go's %s, generated by Scripts/stdlib-api from Go %s; do not edit.\n", what, ver)
	fmt.Fprintf(&b, "extension StdlibAPI {\n    static let %s = %s\"\"\"\n%s\"\"\"%s\n\n", swiftName(path), h, src, h)
	b.WriteString("    /// Unexported package-level names known to gc (in its export data) but\n")
	b.WriteString("    /// not declared above, sorted: gc says \"name x not exported by package p\".\n")
	fmt.Fprintf(&b, "    static let %s_unexported: [String] = [", swiftName(path))
	line := ""
	for _, n := range unexported {
		item := strconv.Quote(n) + ","
		if line != "" && len(line)+1+len(item) > 92 {
			fmt.Fprintf(&b, "\n        %s", line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += item
	}
	if line != "" {
		fmt.Fprintf(&b, "\n        %s\n    ", line)
	}
	b.WriteString("]\n}\n")
	return os.WriteFile(filepath.Join(dir, swiftName(path)+".swift"), []byte(b.String()), 0o644)
}

func writeIndex(dir string, paths, partial []string) error {
	var b strings.Builder
	b.WriteString("// The generated source files of Go's standard packages, by import path.\n")
	b.WriteString("// Generated by Scripts/stdlib-api; do not edit.\n")
	b.WriteString("extension StdlibAPI {\n    static let sources: [String: String] = [\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "        %q: %s,\n", p, swiftName(p))
	}
	b.WriteString("    ]\n\n")
	b.WriteString("    /// Unexported package-level names known to gc but not declared, by import path.\n")
	b.WriteString("    static let unexportedNamesByPath: [String: [String]] = [\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "        %q: %s_unexported,\n", p, swiftName(p))
	}
	b.WriteString("    ]\n\n")
	b.WriteString("    /// Packages declared only in part: what the other packages' APIs refer to.\n")
	b.WriteString("    static let partialPaths: Set<String> = [")
	for i, p := range partial {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", p)
	}
	b.WriteString("]\n}\n")
	return os.WriteFile(filepath.Join(dir, "StdlibAPI+Index.swift"), []byte(b.String()), 0o644)
}

func uniq(s []string) []string {
	sort.Strings(s)
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func must(err error) {
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "stdlib-api:", err)
	os.Exit(1)
}

// unexportedNames returns, for each generated package, the unexported
// package-level names (funcs, vars, consts, types) that gc knows from the
// package's export data and the generated source does not declare, sorted.
// gc's export data holds the exported objects and what they reach (types,
// inlinable bodies), not every unexported object of the package: for a name
// outside it (runtime.pageSize, strings.explode) gc says "undefined:
// runtime.pageSize", not "name pageSize not exported by package runtime".
func unexportedNames(paths []string, orig, gen map[string]*types.Package) (map[string][]string, error) {
	out := map[string][]string{}
	var errs []error
	total := 0
	for _, path := range paths {
		// A fresh importer each time: the package's own export data only
		// (checkRealNames then checks a program importing them all).
		imp := importer.ForCompiler(token.NewFileSet(), "gc", nil)
		gp, err := imp.Import(path)
		if err != nil {
			return nil, fmt.Errorf("export data of %s: %v", path, err)
		}
		names := []string{}
		for _, name := range gp.Scope().Names() { // sorted
			if token.IsExported(name) {
				continue
			}
			if orig[path].Scope().Lookup(name) == nil {
				errs = append(errs, fmt.Errorf("%s.%s: in gc's export data, not in the source", path, name))
			}
			if gen[path].Scope().Lookup(name) != nil {
				continue // declared (e.g. unicode.d)
			}
			names = append(names, name)
		}
		out[path] = names
		total += len(names)
	}
	fmt.Fprintf(os.Stderr, "unexported names: %d, from gc's export data of %d packages\n", total, len(paths))
	return out, errors.Join(errs...)
}

// checkRealNames compiles, with the real Go, a program that refers to every
// unexported package-level name of the generated packages' sources (`var _ =
// p.name`), and checks that gc says "name x not exported by package p" for
// exactly the listed ones and the unexported ones the generated sources
// declare, and "undefined: p.x" for the others.
func checkRealNames(paths []string, orig, gen map[string]*types.Package, unexported map[string][]string) error {
	var prog bytes.Buffer
	prog.WriteString("package main\n\nimport (\n")
	for i, path := range paths {
		fmt.Fprintf(&prog, "\tp%d %q\n", i, path)
	}
	prog.WriteString(")\n\n")
	line := strings.Count(prog.String(), "\n") + 1
	type ref struct{ path, pkg, name string }
	refs := map[int]ref{}
	want := map[ref]bool{}
	for i, path := range paths {
		for _, n := range unexported[path] {
			want[ref{path, orig[path].Name(), n}] = true
		}
		for _, n := range gen[path].Scope().Names() {
			if !token.IsExported(n) {
				want[ref{path, orig[path].Name(), n}] = true
			}
		}
		for _, n := range orig[path].Scope().Names() {
			if token.IsExported(n) {
				continue
			}
			fmt.Fprintf(&prog, "var _ = p%d.%s\n", i, n)
			refs[line] = ref{path, orig[path].Name(), n}
			line++
		}
	}
	prog.WriteString("\nfunc main() {}\n")
	dir, err := os.MkdirTemp("", "stdlib-api-names")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "names.go")
	if err := os.WriteFile(src, prog.Bytes(), 0o644); err != nil {
		return err
	}
	// -e: report all errors. The build must fail.
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-gcflags=-e", "-o", os.DevNull, src)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil {
		return fmt.Errorf("names program: compiled without errors")
	}
	msgs := map[int][]string{}
	for _, l := range strings.Split(string(out), "\n") {
		// "./names.go:LINE:COL: message"
		parts := strings.SplitN(l, ": ", 2)
		if len(parts) != 2 || !strings.Contains(parts[0], "names.go:") {
			continue
		}
		pos := strings.Split(parts[0], ":")
		n, _ := strconv.Atoi(pos[1])
		msgs[n] = append(msgs[n], parts[1])
	}
	var errs []error
	nNotExported, nUndefined := 0, 0
	for ln, r := range refs {
		notExported := fmt.Sprintf("name %s not exported by package %s", r.name, r.pkg)
		undefined := fmt.Sprintf("undefined: p%d.%s", slices.Index(paths, r.path), r.name)
		has := func(m string) bool { return slices.Contains(msgs[ln], m) }
		hasUndefined := slices.ContainsFunc(msgs[ln], func(m string) bool {
			return m == undefined || strings.HasPrefix(m, undefined+" (but have ") // an exported name differing in case
		})
		switch {
		case want[r] && has(notExported):
			nNotExported++
		case !want[r] && hasUndefined:
			nUndefined++
		default:
			errs = append(errs, fmt.Errorf("%s.%s: listed=%v, gc: %q", r.path, r.name, want[r], msgs[ln]))
		}
	}
	fmt.Fprintf(os.Stderr, "real Go names: %d unexported names referred to, gc: %d not exported (as listed), %d undefined (not in its export data)\n", len(refs), nNotExported, nUndefined)
	if len(errs) > 20 {
		errs = append(errs[:20], fmt.Errorf("... and %d more", len(errs)-20))
	}
	return errors.Join(errs...)
}

// ---- verification ----

// genImporter type-checks generated packages on demand.
type genImporter struct {
	fset  *token.FileSet
	files map[string]string
	pkgs  map[string]*types.Package
	busy  map[string]bool
	errs  []error
}

func (gi *genImporter) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p := gi.pkgs[path]; p != nil {
		return p, nil
	}
	src, ok := gi.files[path]
	if !ok {
		return nil, fmt.Errorf("no generated package %q", path)
	}
	if gi.busy[path] {
		return nil, fmt.Errorf("import cycle through %q", path)
	}
	gi.busy[path] = true
	f, err := parser.ParseFile(gi.fset, path+"/api.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	conf := types.Config{
		Importer: gi,
		Sizes:    sizes,
		Error: func(err error) {
			// Real Go insists on bodies for generic functions (a soft
			// error that does not affect the types); these files are
			// declarations only, so that one is accepted.
			if te, ok := err.(types.Error); ok && te.Soft && te.Msg == "generic function is missing function body" {
				return
			}
			gi.errs = append(gi.errs, err)
		},
	}
	pkg, _ := conf.Check(path, gi.fset, []*ast.File{f}, nil)
	gi.pkgs[path] = pkg
	return pkg, nil
}

func verify(paths []string, files map[string]string, orig map[string]*types.Package) (map[string]*types.Package, error) {
	gi := &genImporter{fset: token.NewFileSet(), files: files, pkgs: map[string]*types.Package{}, busy: map[string]bool{}}
	var errs []error
	for _, path := range paths {
		if _, err := gi.Import(path); err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, gi.errs...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	qual := func(p *types.Package) string { return p.Path() }
	ts := func(t types.Type) string { return types.TypeString(t, qual) }
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	nstructs, nfields, nkept, nfiller := 0, 0, 0, 0
	for _, path := range paths {
		gp, op := gi.pkgs[path], orig[path]
		for _, name := range gp.Scope().Names() {
			o := op.Scope().Lookup(name)
			n := gp.Scope().Lookup(name)
			if o == nil {
				bad("%s.%s: not in the original", path, name)
				continue
			}
			switch o := o.(type) {
			case *types.Const:
				n, ok := n.(*types.Const)
				if !ok {
					bad("%s.%s: not a constant", path, name)
					continue
				}
				if ts(o.Type()) != ts(n.Type()) || !constant.Compare(o.Val(), token.EQL, n.Val()) {
					bad("%s.%s: constant differs: %s %s vs %s %s", path, name, ts(o.Type()), o.Val().ExactString(), ts(n.Type()), n.Val().ExactString())
				}
			case *types.Var:
				if ts(o.Type()) != ts(n.Type()) {
					bad("%s.%s: var type differs", path, name)
				}
			case *types.Func:
				if ts(o.Type()) != ts(n.Type()) {
					bad("%s.%s: func differs: %s vs %s", path, name, ts(o.Type()), ts(n.Type()))
				}
			case *types.TypeName:
				if o.IsAlias() != n.(*types.TypeName).IsAlias() {
					bad("%s.%s: alias-ness differs", path, name)
					continue
				}
				if o.IsAlias() {
					oa, na := o.Type().(*types.Alias), n.Type().(*types.Alias)
					if ts(oa.Rhs()) != ts(na.Rhs()) || oa.TypeParams().Len() != na.TypeParams().Len() {
						bad("%s.%s: alias differs", path, name)
					}
					continue
				}
				on, nn := o.Type().(*types.Named), n.Type().(*types.Named)
				if on.TypeParams().Len() != nn.TypeParams().Len() {
					bad("%s.%s: type parameters differ", path, name)
					continue
				}
				for i := 0; i < on.TypeParams().Len(); i++ {
					if ts(on.TypeParams().At(i).Constraint()) != ts(nn.TypeParams().At(i).Constraint()) {
						bad("%s.%s: type parameter constraint differs", path, name)
					}
				}
				ou, nu := on.Underlying(), nn.Underlying()
				if os, ok := ou.(*types.Struct); ok {
					ns, ok := nu.(*types.Struct)
					if !ok {
						bad("%s.%s: not a struct", path, name)
						continue
					}
					if on.TypeParams().Len() == 0 {
						nstructs++
						if sizes.Sizeof(os) != sizes.Sizeof(ns) || sizes.Alignof(os) != sizes.Alignof(ns) {
							bad("%s.%s: size/align %d/%d vs %d/%d", path, name, sizes.Sizeof(os), sizes.Alignof(os), sizes.Sizeof(ns), sizes.Alignof(ns))
						}
						if types.Comparable(os) != types.Comparable(ns) {
							bad("%s.%s: comparability differs", path, name)
						}
						// Pointer words.
						op, np := map[int64]bool{}, map[int64]bool{}
						ptrWords(os, 0, op)
						ptrWords(ns, 0, np)
						if fmt.Sprint(op) != fmt.Sprint(np) {
							bad("%s.%s: pointer words differ: %v vs %v", path, name, op, np)
						}
						ooffs, noffs := sizes.Offsetsof(fields(os)), sizes.Offsetsof(fields(ns))
						for i := range min(len(ooffs), len(noffs)) {
							of, nf := os.Field(i), ns.Field(i)
							if ooffs[i] != noffs[i] || sizes.Sizeof(of.Type()) != sizes.Sizeof(nf.Type()) || sizes.Alignof(of.Type()) != sizes.Alignof(nf.Type()) {
								bad("%s.%s: field %s: offset/size/align %d/%d/%d vs %d/%d/%d", path, name, of.Name(), ooffs[i], sizes.Sizeof(of.Type()), sizes.Alignof(of.Type()), noffs[i], sizes.Sizeof(nf.Type()), sizes.Alignof(nf.Type()))
							}
						}
					}
					// Field by field: the same names; exported fields and
					// fields of expressible types identical; fillers as
					// comparable as the original.
					nfields++
					if os.NumFields() != ns.NumFields() {
						bad("%s.%s: %d fields vs %d", path, name, os.NumFields(), ns.NumFields())
					}
					for i := range min(os.NumFields(), ns.NumFields()) {
						of, nf := os.Field(i), ns.Field(i)
						if of.Name() != nf.Name() {
							bad("%s.%s: field %d named %s vs %s", path, name, i, of.Name(), nf.Name())
						}
						if of.Exported() || (!of.Embedded() && keepable(of.Type())) {
							if ts(of.Type()) != ts(nf.Type()) || of.Embedded() != nf.Embedded() || os.Tag(i) != ns.Tag(i) {
								bad("%s.%s: field %s differs: %s vs %s", path, name, of.Name(), ts(of.Type()), ts(nf.Type()))
							}
							nkept++
						} else {
							if nf.Embedded() || types.Comparable(of.Type()) != types.Comparable(nf.Type()) {
								bad("%s.%s: filler field %s: embedded or comparability differs", path, name, of.Name())
							}
							nfiller++
						}
					}
				} else if oi, ok := ou.(*types.Interface); ok {
					ni, ok := nu.(*types.Interface)
					if !ok || ts(oi) != ts(ni) {
						bad("%s.%s: interface differs:\n\t%s\n\t%s", path, name, ts(oi), ts(nu))
					}
				} else if ts(ou) != ts(nu) {
					bad("%s.%s: underlying differs: %s vs %s", path, name, ts(ou), ts(nu))
				}
				// Exported method sets of T and *T.
				for _, ptr := range []bool{false, true} {
					var ot, nt types.Type = on, nn
					if ptr {
						ot, nt = types.NewPointer(on), types.NewPointer(nn)
					}
					if ms := methodSet(ot, ts); ms != methodSet(nt, ts) {
						bad("%s.%s: method set (ptr=%v) differs:\n\t%s\n\t%s", path, name, ptr, ms, methodSet(nt, ts))
					}
				}
			}
		}
		// Completeness of requested packages.
		if isFull(op) {
			for _, name := range op.Scope().Names() {
				if token.IsExported(name) && gp.Scope().Lookup(name) == nil {
					bad("%s.%s: missing", path, name)
				}
			}
		}
	}
	fmt.Fprintf(os.Stderr, "verified %d packages (%d non-generic struct types compared for size, alignment, pointer words, comparability, and every field's offset, size and alignment; %d struct types compared field by field: %d fields kept, %d named fillers)\n", len(paths), nstructs, nfields, nkept, nfiller)
	return gi.pkgs, errors.Join(errs...)
}

func methodSet(t types.Type, ts func(types.Type) string) string {
	ms := types.NewMethodSet(t)
	var l []string
	for i := 0; i < ms.Len(); i++ {
		if m := ms.At(i).Obj(); m.Exported() {
			l = append(l, m.Name()+ts(ms.At(i).Type()))
		}
	}
	sort.Strings(l)
	return strings.Join(l, "; ")
}

// checkRealSizes builds and runs, with the real Go, a program that prints
// unsafe.Sizeof and unsafe.Alignof of every exported type of the requested
// packages (generic ones instantiated with int), and compares the numbers
// with go/types' gc/amd64 sizes of the generated declarations.
func checkRealSizes(gen map[string]*types.Package) error {
	var prog bytes.Buffer
	prog.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n")
	var body bytes.Buffer
	var bodies []string
	want := map[string][2]int64{}
	var keys []string
	for i, path := range requested {
		if isInternal(path) {
			continue
		}
		alias := fmt.Sprintf("p%d", i)
		body.Reset()
		gp := gen[path]
		used := false
		for _, name := range gp.Scope().Names() {
			tn, ok := gp.Scope().Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() {
				continue
			}
			t := tn.Type()
			if it, ok := t.Underlying().(*types.Interface); ok && !it.IsMethodSet() {
				continue // a constraint, not a type of values
			}
			expr := alias + "." + name
			var tps *types.TypeParamList
			switch t := t.(type) {
			case *types.Named:
				tps = t.TypeParams()
			case *types.Alias:
				tps = t.TypeParams()
			}
			if tps != nil && tps.Len() > 0 {
				var args []types.Type
				var names []string
				for i := 0; i < tps.Len(); i++ {
					args = append(args, types.Typ[types.Int])
					names = append(names, "int")
				}
				inst, err := types.Instantiate(nil, t, args, true)
				if err != nil {
					continue
				}
				t = inst
				expr += "[" + strings.Join(names, ", ") + "]"
			}
			key := path + "." + name
			keys = append(keys, key)
			want[key] = [2]int64{sizes.Sizeof(t), sizes.Alignof(t)}
			fmt.Fprintf(&body, "\tfmt.Println(%q, unsafe.Sizeof(*new(%s)), unsafe.Alignof(*new(%s)))\n", key, expr, expr)
			used = true
		}
		if used {
			fmt.Fprintf(&prog, "\t%s %q\n", alias, path)
		}
		bodies = append(bodies, body.String())
	}
	prog.WriteString(")\n\nfunc main() {\n")
	for _, b := range bodies {
		prog.WriteString(b)
	}
	prog.WriteString("}\n")
	dir, err := os.MkdirTemp("", "stdlib-api-sizes")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "sizes.go")
	if err := os.WriteFile(src, prog.Bytes(), 0o644); err != nil {
		return err
	}
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "run", src)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("running the size program: %v", err)
	}
	got := map[string][2]int64{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var k string
		var sz, al int64
		if _, err := fmt.Sscan(line, &k, &sz, &al); err != nil {
			return fmt.Errorf("size program output %q: %v", line, err)
		}
		got[k] = [2]int64{sz, al}
	}
	var errs []error
	for _, k := range keys {
		if got[k] != want[k] {
			errs = append(errs, fmt.Errorf("%s: real Go size/align %v, generated declaration %v", k, got[k], want[k]))
		}
	}
	fmt.Fprintf(os.Stderr, "real Go sizes: %d exported types compared (generic ones instantiated with int)\n", len(keys))
	return errors.Join(errs...)
}

// checkPrograms type-checks the example_test.go files of GOROOT/src that
// import only requested packages, once against the original packages and
// once against the generated ones, and compares the outcome: the errors, and
// the type (and constant value) of every expression.
func checkPrograms(fset *token.FileSet, imp types.Importer, gen map[string]*types.Package) error {
	goroot := runtime.GOROOT()
	var files []string
	for _, path := range requested {
		m, _ := filepath.Glob(filepath.Join(goroot, "src", path, "example*_test.go"))
		files = append(files, m...)
	}
	// Our own probe, with deliberate errors: its errors are compared by
	// position only.
	probes, _ := filepath.Glob("testdata/*.go.txt")
	files = append(files, probes...)
	genImp := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if p := gen[path]; p != nil && isFull(p) {
			return p, nil
		}
		return nil, fmt.Errorf("not generated: %s", path)
	})
	qual := func(p *types.Package) string { return p.Path() }
	var errs []error
	checked, exprs := 0, 0
	for _, file := range files {
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ok := true
		for _, is := range f.Imports {
			path, _ := strconv.Unquote(is.Path.Value)
			if p := gen[path]; path != "unsafe" && (p == nil || !isFull(p)) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		run := func(imp types.Importer) (map[string]string, []string) {
			info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
			var msgs []string
			conf := types.Config{Importer: imp, Sizes: sizes, Error: func(err error) { msgs = append(msgs, err.Error()) }}
			conf.Check("example", fset, []*ast.File{f}, info)
			m := map[string]string{}
			for e, tv := range info.Types {
				k := fset.Position(e.Pos()).String() + "-" + fset.Position(e.End()).String()
				v := types.TypeString(tv.Type, qual)
				if tv.Value != nil {
					v += " = " + tv.Value.ExactString()
				}
				m[k] += v + ";"
			}
			for k, v := range m {
				parts := strings.Split(strings.TrimSuffix(v, ";"), ";")
				sort.Strings(parts)
				m[k] = strings.Join(parts, ";")
			}
			return m, msgs
		}
		om, oerrs := run(imp)
		om0 := oerrs
		nm, nerrs := run(genImp)
		checked++
		exprs += len(om)
		if strings.HasSuffix(file, ".go.txt") {
			text, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			lines := strings.Split(string(text), "\n")
			if err := checkMarkedLines(file, oerrs, lines); err != nil {
				errs = append(errs, err)
			}
			oerrs, nerrs = probeErrors(oerrs, lines), probeErrors(nerrs, lines)
			fmt.Fprintf(os.Stderr, "probe %s: %d errors in both, on the lines marked error (wording compared except where marked \"wording may differ\")\n", file, len(oerrs))
			if os.Getenv("STDLIB_API_VERBOSE") != "" {
				fmt.Fprintln(os.Stderr, strings.Join(om0, "\n"))
			}
		}
		if strings.Join(oerrs, "\n") != strings.Join(nerrs, "\n") {
			errs = append(errs, fmt.Errorf("%s: errors differ:\n\toriginal: %v\n\tgenerated: %v", file, oerrs, nerrs))
			continue
		}
		for k, v := range om {
			if nm[k] != v {
				errs = append(errs, fmt.Errorf("%s: expression type differs: %s vs %s", k, v, nm[k]))
			}
		}
		if len(om) != len(nm) {
			errs = append(errs, fmt.Errorf("%s: %d vs %d typed expressions", file, len(om), len(nm)))
		}
	}
	fmt.Fprintf(os.Stderr, "examples: %d example files of GOROOT type-checked against originals and generated declarations, %d expressions compared\n", checked, exprs)
	if len(errs) > 20 {
		errs = append(errs[:20], fmt.Errorf("... and %d more", len(errs)-20))
	}
	return errors.Join(errs...)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// errorLine returns the line number of a "file:line:col: message" error.
func errorLine(msg string) int {
	pos := strings.SplitN(msg, ": ", 2)[0]
	parts := strings.Split(pos, ":")
	if len(parts) < 3 {
		return 0
	}
	n, _ := strconv.Atoi(parts[len(parts)-2])
	return n
}

// probeErrors returns the errors of a probe, reduced to their positions on
// the lines marked "wording may differ" (where the message names a layout
// filler or depends on a field the generated declaration lacks).
func probeErrors(msgs []string, lines []string) []string {
	var out []string
	for _, m := range msgs {
		if n := errorLine(m); n >= 1 && n <= len(lines) && strings.Contains(lines[n-1], "wording may differ") {
			m = strings.SplitN(m, ": ", 2)[0]
		}
		out = append(out, m)
	}
	return out
}

// checkMarkedLines checks that the original packages give errors exactly on
// the probe's lines marked "// error".
func checkMarkedLines(file string, msgs []string, lines []string) error {
	got := map[int]bool{}
	for _, m := range msgs {
		got[errorLine(m)] = true
	}
	var bad []string
	for i, l := range lines {
		if strings.Contains(l, "// error") != got[i+1] {
			bad = append(bad, strconv.Itoa(i+1))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s: errors (with the original packages) not exactly on the lines marked error: lines %s", file, strings.Join(bad, ", "))
	}
	return nil
}
