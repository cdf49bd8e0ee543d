// Package os in Go, the second piece of its source (after GoLibrary+os):
// directories (Getwd, Chdir, Mkdir, MkdirAll, Rename), the environment
// (Setenv, Unsetenv, Clearenv, Environ, Expand, ExpandEnv), the process
// (Getpid, Getppid, TempDir, UserHomeDir), the error predicates (IsExist,
// IsNotExist, IsPermission, IsTimeout look through PathError, LinkError and
// SyscallError at the errno) and those error types' methods.
extension GoLibrary {
    static let osEnv = #"""

func sysGetwd() (dir string, errno int)
func sysChdir(dir string) (errno int)
func sysMkdir(name string, perm uint32) (errno int)
func sysRename(from, to string) (errno int)
func sysSetenv(key, value string) (errno int)
func sysUnsetenv(key string) (errno int)
func sysEnviron() []string
func sysGetpid(parent bool) int
func sysIsDir(name string) (isDir bool, errno int)

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func Getwd() (dir string, err error) {
	d, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return d, nil
}

func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm&0o777)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll makes path and the parents it lacks; an existing directory is success.
func MkdirAll(path string, perm FileMode) error {
	if isDir, e := sysIsDir(path); e == 0 {
		if isDir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errno(20)} // ENOTDIR
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// "dir/." and the like: it may exist after all
		if isDir, e := sysIsDir(path); e == 0 && isDir {
			return nil
		}
		return err
	}
	return nil
}

func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

func Environ() []string { return sysEnviron() }

func Clearenv() {
	for _, kv := range sysEnviron() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				sysUnsetenv(kv[:i])
				break
			}
		}
	}
}

func Getpid() int  { return sysGetpid(false) }
func Getppid() int { return sysGetpid(true) }

func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} by mapping(var); a $ not followed by a
// name stays, and bad syntax ("${", "${}") is dropped.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[i:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// bad syntax: dropped
		case name == "":
			buf = append(buf, s[j])
		default:
			buf = append(buf, mapping(name)...)
		}
		j += w
		i = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName: the variable name s starts with and the bytes it takes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" unclosed
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], i
}
"""#
}
