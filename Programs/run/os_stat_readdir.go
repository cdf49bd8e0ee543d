// run

// os: Stat, Lstat and File.Stat (FileInfo, FileMode and its String), ReadDir sorted with DirEntry types and Info, File.Readdirnames in batches to io.EOF, File.Seek; fs.FormatDirEntry.

package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	base := filepath.Join(os.TempDir(), fmt.Sprintf("gosub-stat-%d", os.Getpid()))
	os.MkdirAll(filepath.Join(base, "sub", "deeper"), 0o750)
	os.WriteFile(filepath.Join(base, "b.txt"), []byte("hello world"), 0o640)
	os.WriteFile(filepath.Join(base, "a.txt"), []byte("hi"), 0o600)
	os.WriteFile(filepath.Join(base, "sub", "c.txt"), nil, 0o644)
	fi, err := os.Stat(filepath.Join(base, "b.txt"))
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), err)
	di, _ := os.Stat(filepath.Join(base, "sub") + "/")
	fmt.Println(di.Name(), di.IsDir(), di.Mode(), di.Mode().Type() == fs.ModeDir, di.Mode()&fs.ModePerm)
	_, err = os.Stat(filepath.Join(base, "missing"))
	fmt.Println(os.IsNotExist(err), err != nil)
	_, err = os.Lstat(filepath.Join(base, "missing"))
	fmt.Println(err.(*fs.PathError).Op)
	entries, err := os.ReadDir(base)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size(), fs.FormatDirEntry(e))
	}
	_, err = os.ReadDir(filepath.Join(base, "nope"))
	fmt.Println(err != nil, os.IsNotExist(err))
	f, _ := os.Open(base)
	names, err := f.Readdirnames(2)
	fmt.Println(len(names), err)
	rest, err := f.Readdirnames(-1)
	fmt.Println(len(rest), err)
	more, err := f.Readdirnames(1)
	fmt.Println(len(more), err == io.EOF)
	f.Close()
	g, _ := os.Open(filepath.Join(base, "b.txt"))
	pos, err := g.Seek(6, io.SeekStart)
	buf := make([]byte, 5)
	n, _ := g.Read(buf)
	fmt.Println(pos, err, string(buf[:n]))
	end, _ := g.Seek(-2, io.SeekEnd)
	gi, _ := g.Stat()
	fmt.Println(end, gi.Name(), gi.Size())
	g.Close()
	fmt.Println(fs.FileMode(0o755|fs.ModeDir), fs.FileMode(0o644), fs.ModeSymlink|fs.ModeSetuid|0o4)
	os.Remove(filepath.Join(base, "sub", "c.txt"))
	os.Remove(filepath.Join(base, "sub", "deeper"))
	os.Remove(filepath.Join(base, "sub"))
	os.Remove(filepath.Join(base, "a.txt"))
	os.Remove(filepath.Join(base, "b.txt"))
	os.Remove(base)
}
