// Packages io/fs and os in Go: the file errors (PathError; an errno that
// Is fs.ErrNotExist, ErrExist or ErrPermission as syscall.Errno is), and
// *os.File over four natives (open, read, write, close on file
// descriptors; writes to descriptors 1 and 2 go through the program's
// ordered output, and a read of standard input flushes it first and
// blocks the program) with Stdin, Stdout, Stderr, Open, Create, OpenFile,
// ReadFile, WriteFile, Remove, Getenv and LookupEnv (directories, the rest of
// the environment and the error predicates: GoLibrary+osEnv; Stat, ReadDir
// and Seek: GoLibrary+osFiles). File's ReadAt, WriteAt, Sync, Chmod and the
// like are not implemented yet (a call is refused as not supported).
extension GoLibrary {
    static let fs = #"""
package fs

import (
	"errors"
	"strconv"
	"time"
)

// FormatFileInfo: "-rw-r--r-- 100 2009-11-10 23:00:00 name" ('/' after a directory's name).
func FormatFileInfo(info FileInfo) string {
	s := info.Mode().String() + " " + strconv.FormatInt(info.Size(), 10) + " " +
		info.ModTime().Format(time.DateTime) + " " + info.Name()
	if info.IsDir() {
		s += "/"
	}
	return s
}

// FormatDirEntry: the type letters of the mode (no permissions), then the name.
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	s := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		s += "/"
	}
	return s
}

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
	SkipDir       = errors.New("skip this directory")
	SkipAll       = errors.New("skip everything and stop the walk")
)

// ValidPath: an unrooted slash-separated path with no "", "." or ".." element ("." alone is valid).
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		if elem := name[:i]; elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (m FileMode) IsDir() bool       { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool   { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode    { return m & ModePerm }
func (m FileMode) Type() FileMode    { return m & ModeType }

// String: a letter per type and mode bit set ("dalTLDpSugct?", '-' if none), then rwxrwxrwx.
func (m FileMode) String() string {
	const kinds = "dalTLDpSugct?"
	const rwx = "rwxrwxrwx"
	buf := make([]byte, 0, 32)
	for i := 0; i < len(kinds); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf = append(buf, kinds[i])
		}
	}
	if len(buf) == 0 {
		buf = append(buf, '-')
	}
	for i := 0; i < len(rwx); i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf = append(buf, rwx[i])
		} else {
			buf = append(buf, '-')
		}
	}
	return string(buf)
}
"""#

    static let os = #"""
package os

import (
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

type File struct {
	file *file
}

type file struct {
	fd     int
	name   string
	closed bool
	// a directory being read: the entries not returned yet (listed on first use)
	dir     []DirEntry
	dirRead bool
}

func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysRead(fd int, b []byte) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysClose(fd int) (errno int)
func errnoText(errno int) string
func sysGetenv(key string) (value string, found bool)
func sysRemove(name string) (errno int)

// errno is a system call's error number (syscall.Errno in Go).
type errno int

func (e errno) Error() string { return errnoText(int(e)) }

func (e errno) Is(target error) bool {
	if target == fs.ErrPermission {
		return e == 1 || e == 13
	}
	if target == fs.ErrExist {
		return e == 17 || e == 39
	}
	if target == fs.ErrNotExist {
		return e == 2
	}
	return false
}

func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

func (f *File) Name() string { return f.file.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.file.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.file.closed {
		return &PathError{Op: op, Path: f.file.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.file.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.file.name, Err: errno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.file.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.file.name, Err: errno(e)}
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.file.closed {
		return &PathError{Op: "close", Path: f.file.name, Err: ErrClosed}
	}
	f.file.closed = true
	if e := sysClose(f.file.fd); e != 0 {
		return &PathError{Op: "close", Path: f.file.name, Err: errno(e)}
	}
	return nil
}

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return NewFile(uintptr(fd), name), nil
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

func Remove(name string) error {
	if e := sysRemove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

func LookupEnv(key string) (string, bool) { return sysGetenv(key) }
"""#
}
