#!/usr/bin/env python3
"""Verify the gosub conformance corpus against real Go (go-oracle).

Usage: verify.py [--update] [--jobs N] [paths...]

  // run         : `go-oracle exec NAME.go` combined stdout+stderr must equal NAME.out
  // errorcheck  : `go-oracle build` must fail; every error gc reports on line L must be
                   matched by an `// ERROR "re"` regexp on line L, every regexp must match
                   some error on its line; NAME.gc must equal gc's normalized output
  // compile     : the file must type-check and compile (go tool compile, no -complete,
                   so bodyless functions are accepted)

--update rewrites NAME.out / NAME.gc from the oracle (then the checks are still run).
"""
import os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("GO_ORACLE", "/work/shared/tools/go-oracle")
UPDATE = False

ERR_RE = re.compile(r'^(\S+?\.go):(\d+):(\d+): (.*)$')

def oracle(args, cwd):
    p = subprocess.run([ORACLE] + args, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace")

def parse_directives(src):
    """Map line number -> list of regexps from trailing // ERROR "..." "..." comments."""
    want = {}
    for i, line in enumerate(src.split("\n"), 1):
        k = line.rfind("// ERROR ")
        if k < 0:
            continue
        rest = line[k + len("// ERROR "):]
        res = re.findall(r'"((?:[^"\\]|\\.)*)"', rest)
        if not res:
            continue
        want[i] = res
    return want

def gc_errors(name, out):
    """Normalize go build output: drop header, strip ./ ; return (text, [(line, col, msg)])."""
    lines = []
    errs = []
    for l in out.rstrip("\n").split("\n"):
        if l.startswith("# "):
            continue
        if l.startswith("./"):
            l = l[2:]
        lines.append(l)
        m = ERR_RE.match(l)
        if m and m.group(1) == name:
            errs.append((int(m.group(2)), int(m.group(3)), m.group(4)))
    return "\n".join(lines) + "\n", errs

def goregex(r):
    # Go RE2 vs Python re: close enough for the patterns used here.
    return re.compile(r)

def check_errorcheck(path, src):
    d, name = os.path.split(path)
    rc, out = oracle(["build", "-o", os.devnull, name], d)
    if rc == 0:
        return ["build succeeded, want errors"]
    text, errs = gc_errors(name, out)
    probs = []
    gcfile = path[:-3] + ".gc"
    if UPDATE:
        with open(gcfile, "w") as f:
            f.write(text)
    if not os.path.exists(gcfile):
        probs.append("missing " + os.path.basename(gcfile))
    elif open(gcfile).read() != text:
        probs.append(".gc differs from gc output:\n" + text)
    if any("too many errors" in e[2] for e in errs) or "too many errors" in text:
        probs.append("gc said 'too many errors'")
    want = parse_directives(src)
    used = [False] * len(errs)
    for ln, res in sorted(want.items()):
        for r in res:
            try:
                rx = goregex(r)
            except re.error as e:
                probs.append("line %d: bad regexp %r: %s" % (ln, r, e))
                continue
            hit = False
            for j, (el, ec, em) in enumerate(errs):
                if el == ln and rx.search(em):
                    used[j] = True
                    hit = True
            if not hit:
                got = [em for (el, ec, em) in errs if el == ln]
                probs.append("line %d: no error matching %r (gc here: %s)" % (ln, r, got))
    for j, (el, ec, em) in enumerate(errs):
        if not used[j]:
            probs.append("line %d: unexpected error: %s" % (el, em))
    return probs

def check_run(path, src):
    d, name = os.path.split(path)
    rc, out = oracle(["exec", name], d)
    if out.startswith("# command-line-arguments") or (rc == 1 and not os.path.exists(path[:-3] + ".out") and "# " in out[:2]):
        return ["build failed:\n" + out]
    outfile = path[:-3] + ".out"
    if UPDATE:
        with open(outfile, "w") as f:
            f.write(out)
    if not os.path.exists(outfile):
        return ["missing " + os.path.basename(outfile)]
    exp = open(outfile).read()
    if exp != out:
        return ["output differs:\n--- want\n%s--- got\n%s" % (exp, out)]
    return []

_cfg = None
def importcfg():
    global _cfg
    if _cfg is None:
        f = tempfile.NamedTemporaryFile("w", delete=False, suffix=".importcfg")
        rc, out = oracle(["list", "-export", "-f",
                          "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", "std"], HERE)
        f.write(out); f.close()
        _cfg = f.name
    return _cfg

def check_compile(path, src):
    d, name = os.path.split(path)
    rc, out = oracle(["tool", "compile", "-p=main", "-importcfg=" + importcfg(),
                      "-o", os.devnull, name], d)
    if rc != 0:
        return ["compile failed:\n" + out]
    return []

def check(path):
    src = open(path, encoding="utf-8", errors="replace").read()
    first = src.split("\n", 1)[0].lstrip("\ufeff").strip()
    try:
        if first == "// run":
            return "run", check_run(path, src)
        if first == "// errorcheck":
            return "errorcheck", check_errorcheck(path, src)
        if first == "// compile":
            return "compile", check_compile(path, src)
        return "?", ["unknown first line %r" % first]
    except subprocess.TimeoutExpired:
        return "?", ["timeout"]

def main():
    global UPDATE
    args = sys.argv[1:]
    jobs = 4
    paths = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--update":
            UPDATE = True
        elif a == "--jobs":
            i += 1; jobs = int(args[i])
        else:
            paths.append(a)
        i += 1
    if not paths:
        paths = [HERE]
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, fs in os.walk(p):
                files += [os.path.join(root, f) for f in fs if f.endswith(".go")]
        else:
            files.append(p)
    files = sorted(os.path.abspath(f) for f in files)
    if any(open(f, encoding="utf-8", errors="replace").readline().strip() == "// compile" for f in files):
        importcfg()
    with ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(check, files))
    counts = {}
    bad = 0
    per_dir = {}
    for f, (kind, probs) in zip(files, results):
        counts[kind] = counts.get(kind, 0) + 1
        dn = os.path.relpath(os.path.dirname(f), HERE)
        per_dir.setdefault(dn, {}).setdefault(kind, 0)
        per_dir[dn][kind] += 1
        if probs:
            bad += 1
            print("FAIL %s" % os.path.relpath(f, HERE))
            for p in probs:
                print("    " + p.replace("\n", "\n    "))
    if "-v" in os.environ.get("VERIFY_FLAGS", "") or len(files) > 20:
        for dn in sorted(per_dir):
            print("%-14s %s" % (dn, " ".join("%s=%d" % kv for kv in sorted(per_dir[dn].items()))))
    print("files=%d %s failed=%d" % (len(files), " ".join("%s=%d" % kv for kv in sorted(counts.items())), bad))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
