// run

// log (flags, prefixes, Lshortfile, Lmsgprefix, Output, Panicf, Fatalln), path and path/filepath (Clean, Join, Base, Dir, Ext, Match, Rel, SplitList, IsLocal), unicode/utf16, container/ring.

package main

import (
	"container/ring"
	"fmt"
	"log"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf16"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("hello", 1, 2)
	log.Printf("x=%d", 5)
	log.SetPrefix("[app] ")
	log.Print("with prefix")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("short")
	var sb strings.Builder
	l := log.New(&sb, "L: ", 0)
	l.Println("to builder")
	l.Output(1, "via Output")
	fmt.Print(sb.String())
	for _, p := range []string{"", ".", "a/b/../c", "/../a", "a//b/./c/", "../../x/..", "/", "abc/..", "a/b/c/../../.."} {
		fmt.Printf("%q -> %q base=%q dir=%q ext=%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p+".go"))
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), path.Join("", ""), filepath.Join("/x", "y"))
	for _, m := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"a/*", "a/b/c"}, {"[a-c]?x", "bzx"}, {"[^a-c]x", "bx"}, {"\\*", "*"}, {"[", "a"}, {"a[", "a"}, {"*[", "x"}} {
		ok, err := path.Match(m[0], m[1])
		fmt.Println(m, ok, err)
	}
	for _, r := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {"a/b", "a/b"}, {"../a", "b"}} {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("%q %v\n", rel, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.IsLocal("a/../b"), filepath.IsLocal("../a"), filepath.Ext("x.tar.gz"))
	u := utf16.Encode([]rune("a€😀"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(0xd800), utf16.RuneLen('😀'))
	rg := ring.New(4)
	for i := 0; i < rg.Len(); i++ {
		rg.Value = i
		rg = rg.Next()
	}
	rg.Do(func(v any) { fmt.Print(v, " ") })
	rg.Unlink(2)
	fmt.Println(rg.Len())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.SetFlags(0)
		log.Panicf("bad %d", 7)
	}()
	log.Fatalln("fatal now")
}
