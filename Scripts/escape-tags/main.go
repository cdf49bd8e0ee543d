// escape-tags: writes Sources/Escape/StdTags+Table.swift, the escape
// parameter tags of the standard-library functions gosub declares, as
// Go's own build computes them.
//
// For each package it runs
//
//	go build -gcflags='PKG=-m=2 -d=escapemutationscalls=1' PKG
//
// (inlining on, as in the real build whose export data carries the tags)
// and reads, per parameter, `leaking param: p` (heap, derefs 0),
// `parameter p leaks to {heap} with derefs=N` (heap, derefs N), `leaking
// param: p to result r level=N`, `mutates param: p derefs=N`, `calls
// param: p derefs=N` and `p does not escape`. go/parser maps each position
// to its function and parameter. Parameters without a line hold no
// pointers (gc's tag "": heap) or are unnamed (no leaks).
//
// Usage (from Scripts/escape-tags): ../../../shared/tools/go-oracle run main.go > ../../Sources/Escape/StdTags+Table.swift
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

var pkgs = []string{"bufio", "bytes", "cmp", "container/heap", "container/list", "context", "errors", "fmt", "io",
	"io/fs", "math", "math/bits", "math/rand", "os", "runtime", "runtime/debug", "sort", "strconv",
	"strings", "sync", "sync/atomic", "time", "unicode", "unicode/utf8", "encoding/hex", "hash/fnv", "hash/crc32", "encoding/base64", "encoding/binary"}

type param struct {
	key   string
	index int // receiver first
	named bool
	res   map[string]int
}

type leaks [8]int // derefs+1, 0 = none

func (l *leaks) add(i, derefs int) {
	v := derefs + 1
	if v > 255 {
		v = 255
	}
	if l[i] == 0 || v < l[i] {
		l[i] = v
	}
}

var lineRE = regexp.MustCompile(`^(.*\.go):(\d+):(\d+): (.*)$`)

func main() {
	root := runtime.GOROOT()
	table := map[string][]leaks{}
	for _, pkg := range pkgs {
		dir := filepath.Join(root, "src", pkg)
		params := map[string]*param{} // "file:line:col"
		fset := token.NewFileSet()
		parsed, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pkgName := pkg
		for _, p := range parsed {
			for fname, f := range p.Files {
				_ = fname
				for _, d := range f.Decls {
					fd, ok := d.(*ast.FuncDecl)
					if !ok || !fd.Name.IsExported() || fd.Type.TypeParams != nil {
						continue
					}
					key := pkgName + "." + fd.Name.Name
					var fields []*ast.Field
					if fd.Recv != nil {
						t := fd.Recv.List[0].Type
						ptr := false
						if s, ok := t.(*ast.StarExpr); ok {
							t, ptr = s.X, true
						}
						id, ok := t.(*ast.Ident)
						if !ok || !id.IsExported() {
							continue
						}
						if ptr {
							key = pkgName + ".(*" + id.Name + ")." + fd.Name.Name
						} else {
							key = pkgName + "." + id.Name + "." + fd.Name.Name
						}
						fields = append(fields, fd.Recv.List...)
					}
					fields = append(fields, fd.Type.Params.List...)
					res := map[string]int{}
					if fd.Type.Results != nil {
						i := 0
						for _, r := range fd.Type.Results.List {
							if len(r.Names) == 0 {
								res[fmt.Sprintf("~r%d", i)] = i
								i++
							}
							for _, n := range r.Names {
								res[n.Name] = i
								res[fmt.Sprintf("~r%d", i)] = i
								i++
							}
						}
					}
					idx := 0
					n := 0
					for _, fl := range fields {
						if len(fl.Names) == 0 {
							n++
							idx++
							continue
						}
						for _, nm := range fl.Names {
							pos := fset.Position(nm.Pos())
							params[fmt.Sprintf("%s:%d:%d", pos.Filename, pos.Line, pos.Column)] = &param{key, idx, nm.Name != "_", res}
							idx++
							n++
						}
					}
					table[key] = make([]leaks, n)
					for i := range table[key] {
						table[key][i][0] = 1 // no line: scalar, gc's tag "" (heap)
					}
					for _, fl := range fields {
						_ = fl
					}
					// unnamed and blank parameters: no leaks
					idx = 0
					for _, fl := range fields {
						if len(fl.Names) == 0 {
							table[key][idx] = leaks{}
							idx++
							continue
						}
						for _, nm := range fl.Names {
							if nm.Name == "_" {
								table[key][idx] = leaks{}
							}
							idx++
						}
					}
				}
			}
		}
		cmd := exec.Command("go", "build", "-o", os.DevNull, "-gcflags="+pkg+"=-m=2 -d=escapemutationscalls=1", pkg)
		var out bytes.Buffer
		cmd.Stdout = &out
		cmd.Stderr = &out
		cmd.Run()
		seen := map[string]bool{}
		sc := bufio.NewScanner(&out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			m := lineRE.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			file := m[1]
			if !filepath.IsAbs(file) {
				file = filepath.Join(dir, file)
			}
			p := params[file+":"+m[2]+":"+m[3]]
			if p == nil {
				continue
			}
			msg := m[4]
			l := &table[p.key][p.index]
			id := p.key + "#" + strconv.Itoa(p.index)
			if !seen[id] {
				seen[id] = true
				*l = leaks{}
			}
			var name, r string
			var d int
			switch {
			case strings.HasPrefix(msg, "leaking param content: "):
				// the level is in the -m=2 "leaks to {heap} with derefs=N" line
			case strings.HasPrefix(msg, "leaking param: ") && strings.Contains(msg, " to result "):
				fmt.Sscanf(msg, "leaking param: %s to result %s level=%d", &name, &r, &d)
				if i, ok := p.res[r]; ok && i < 5 {
					l.add(3+i, d)
				}
			case strings.HasPrefix(msg, "leaking param: "):
				l.add(0, 0)
			case strings.HasPrefix(msg, "parameter ") && strings.Contains(msg, " leaks to {heap} ") && strings.Contains(msg, " with derefs="):
				i := strings.LastIndex(msg, "=")
				d, _ = strconv.Atoi(strings.TrimSuffix(msg[i+1:], ":"))
				l.add(0, d)
			case strings.HasPrefix(msg, "mutates param: "):
				fmt.Sscanf(msg, "mutates param: %s derefs=%d", &name, &d)
				l.add(1, d)
			case strings.HasPrefix(msg, "calls param: "):
				fmt.Sscanf(msg, "calls param: %s derefs=%d", &name, &d)
				l.add(2, d)
			}
		}
	}
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("// Generated by Scripts/escape-tags from Go " + runtime.Version() + "; do not edit.")
	fmt.Println("// Per function (\"pkg.F\", \"pkg.T.M\", \"pkg.(*T).M\"), per parameter (receiver")
	fmt.Println("// first): derefs+1 for heap, mutator, callee, results 0-4; 0 = no flow.")
	fmt.Println("extension StdTags {")
	fmt.Println("    static let table: [String: [[UInt8]]] = [")
	for _, k := range keys {
		var ps []string
		for _, l := range table[k] {
			n := 8
			for n > 0 && l[n-1] == 0 {
				n--
			}
			var xs []string
			for _, v := range l[:n] {
				xs = append(xs, strconv.Itoa(v))
			}
			ps = append(ps, "["+strings.Join(xs, ", ")+"]")
		}
		fmt.Printf("        %q: [%s],\n", k, strings.Join(ps, ", "))
	}
	fmt.Println("    ]")
	fmt.Println("}")
}
