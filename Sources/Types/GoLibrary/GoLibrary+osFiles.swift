// Package os in Go, the third piece of its source: file information (Stat,
// Lstat, File.Stat as a FileInfo whose mode is Go's FileMode made from
// st_mode; Sys is nil), directories (ReadDir sorted by name; File.ReadDir,
// Readdir and Readdirnames in directory order, n > 0 reading in batches
// and io.EOF at the end; a DirEntry's type comes from d_type, else lstat)
// and File.Seek.
extension GoLibrary {
    static let osFiles = #"""

func sysStat(name string, fd int, follow bool) (mode uint32, size, mtimeSec, mtimeNsec int64, errno int)
func sysReadDir(name string) (names []string, types string, errno int)
func sysSeek(fd int, offset int64, whence int) (ret int64, errno int)

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// fileModeOf: Go's FileMode for a Unix st_mode.
func fileModeOf(m uint32) FileMode {
	mode := FileMode(m & 0o777)
	switch m & 0o170000 {
	case 0o060000:
		mode |= ModeDevice
	case 0o020000:
		mode |= ModeDevice | ModeCharDevice
	case 0o040000:
		mode |= ModeDir
	case 0o010000:
		mode |= ModeNamedPipe
	case 0o120000:
		mode |= ModeSymlink
	case 0o140000:
		mode |= ModeSocket
	}
	if m&0o2000 != 0 {
		mode |= ModeSetgid
	}
	if m&0o4000 != 0 {
		mode |= ModeSetuid
	}
	if m&0o1000 != 0 {
		mode |= ModeSticky
	}
	return mode
}

// basename: the last element of name, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func statFile(op, name string, fd int, follow bool) (FileInfo, error) {
	mode, size, sec, nsec, e := sysStat(name, fd, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: fileModeOf(mode), modTime: time.Unix(sec, nsec)}, nil
}

func Stat(name string) (FileInfo, error)  { return statFile("stat", name, -1, true) }
func Lstat(name string) (FileInfo, error) { return statFile("lstat", name, -1, false) }

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return statFile("stat", f.file.name, f.file.fd, true)
}

type dirEntry struct {
	dir, name string
	typ       FileMode
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.typ }
func (d *dirEntry) Info() (FileInfo, error)    { return Lstat(d.dir + "/" + d.name) }
func (d *dirEntry) String() string             { return fs.FormatDirEntry(d) }

// readDirectory lists a directory's entries in directory order.
func readDirectory(name string) ([]DirEntry, error) {
	names, types, e := sysReadDir(name)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	entries := make([]DirEntry, 0, len(names))
	for i, n := range names {
		d := &dirEntry{dir: name, name: n}
		switch types[i] {
		case 1:
			d.typ = ModeNamedPipe
		case 2:
			d.typ = ModeDevice | ModeCharDevice
		case 4:
			d.typ = ModeDir
		case 6:
			d.typ = ModeDevice
		case 8:
		case 10:
			d.typ = ModeSymlink
		case 12:
			d.typ = ModeSocket
		default:
			if fi, err := Lstat(name + "/" + n); err == nil {
				d.typ = fi.Mode().Type()
			}
		}
		entries = append(entries, d)
	}
	return entries, nil
}

func ReadDir(name string) ([]DirEntry, error) {
	entries, err := readDirectory(name)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(entries, func(a, b DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}

// nextEntries: up to n of the directory's entries not read yet (all for n <= 0).
func (f *File) nextEntries(op string, n int) ([]DirEntry, error) {
	if err := f.checkValid(op); err != nil {
		return nil, err
	}
	if !f.file.dirRead {
		entries, err := readDirectory(f.file.name)
		if err != nil {
			return nil, &PathError{Op: op, Path: f.file.name, Err: err.(*PathError).Err}
		}
		f.file.dir, f.file.dirRead = entries, true
	}
	if n <= 0 {
		rest := f.file.dir
		f.file.dir = nil
		if rest == nil {
			rest = []DirEntry{}
		}
		return rest, nil
	}
	if len(f.file.dir) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(f.file.dir))
	batch := f.file.dir[:n:n]
	f.file.dir = f.file.dir[n:]
	return batch, nil
}

func (f *File) ReadDir(n int) ([]DirEntry, error) { return f.nextEntries("readdirent", n) }

func (f *File) Readdirnames(n int) (names []string, err error) {
	entries, err := f.nextEntries("readdirent", n)
	names = make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, err
}

func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.nextEntries("readdirent", n)
	infos := make([]FileInfo, 0, len(entries))
	for _, e := range entries {
		if fi, ierr := e.Info(); ierr == nil {
			infos = append(infos, fi)
		}
	}
	return infos, err
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.file.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.file.name, Err: errno(e)}
	}
	return r, nil
}
"""#
}
