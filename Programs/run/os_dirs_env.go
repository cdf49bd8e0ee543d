// run

// os: MkdirAll, Mkdir, Rename, Chdir, Getwd errors and IsExist/IsNotExist; Setenv, Unsetenv, LookupEnv, Environ, Expand, ExpandEnv; Getpid, UserHomeDir.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	base := filepath.Join(os.TempDir(), fmt.Sprintf("gosub-os-test-%d", os.Getpid()))
	defer os.Remove(base)
	fmt.Println(os.MkdirAll(filepath.Join(base, "a", "b"), 0o755))
	fmt.Println(os.MkdirAll(filepath.Join(base, "a", "b"), 0o755))
	err := os.Mkdir(filepath.Join(base, "a"), 0o755)
	fmt.Println(strings.ReplaceAll(err.Error(), base, "BASE"), os.IsExist(err), errors.Is(err, fs.ErrExist))
	_, err = os.Open(filepath.Join(base, "nope"))
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	f, _ := os.Create(filepath.Join(base, "a", "f.txt"))
	f.WriteString("hi")
	f.Close()
	err = os.MkdirAll(filepath.Join(base, "a", "f.txt", "c"), 0o755)
	fmt.Println(strings.ReplaceAll(err.Error(), base, "BASE"))
	fmt.Println(os.Rename(filepath.Join(base, "a", "f.txt"), filepath.Join(base, "g.txt")))
	err = os.Rename(filepath.Join(base, "zz"), filepath.Join(base, "yy"))
	fmt.Println(strings.ReplaceAll(err.Error(), base, "BASE"), os.IsNotExist(err))
	wd, _ := os.Getwd()
	fmt.Println(os.Chdir(base), wd != "")
	nwd, _ := os.Getwd()
	fmt.Println(strings.HasSuffix(nwd, filepath.Base(base)))
	fmt.Println(os.Chdir(wd))
	err = os.Chdir(filepath.Join(base, "missing"))
	fmt.Println(strings.ReplaceAll(err.Error(), base, "BASE"))
	os.Setenv("GOSUB_T1", "v1")
	os.Setenv("GOSUB_T2", "")
	fmt.Println(os.Getenv("GOSUB_T1"), os.ExpandEnv("a=$GOSUB_T1 b=${GOSUB_T1}x c=$ d=${} e=${GOSUB_T1 f=$$ g=$1"))
	fmt.Println(os.Expand("$a-${b}-$-${c}", func(s string) string { return strings.ToUpper(s) }))
	v, ok := os.LookupEnv("GOSUB_T2")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOSUB_T1=v1" {
			found = true
		}
	}
	fmt.Println(found, os.Unsetenv("GOSUB_T1"), os.Getenv("GOSUB_T1") == "")
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0)
	h, err := os.UserHomeDir()
	fmt.Println(h != "", err)
	os.Remove(filepath.Join(base, "g.txt"))
	os.Remove(filepath.Join(base, "a", "b"))
	os.Remove(filepath.Join(base, "a"))
}
