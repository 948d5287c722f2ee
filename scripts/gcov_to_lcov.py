#!/usr/bin/env python3
"""scripts/gcov_to_lcov.py ROOT PREFIX... < gcov-json-lines > tracefile.info

Reads the output of `gcov --json-format --stdout -b` (one JSON document per line, one per .gcda
file) and writes an lcov tracefile for the source files under ROOT/PREFIX (e.g. server/src/domain/),
with line, function and branch data, summed over every object file that compiled them (a header's
inline function counts once per line, whichever test executed it).

Why not `lcov --capture`: Debian 12's lcov 1.16 geninfo defines its gcov-JSON reader twice (a
packaging slip) and the second copy, the one Perl keeps, ignores `geninfo_no_exception_branch`;
its text-format reader cannot parse GCC 12's .gcov files. So this reads the same JSON geninfo
would and applies the same rule: a branch that gcov marks "throw" (the edge GCC adds for a call
that may throw) is not written.

GCC at -O0 also emits ordinary conditional branches that no source decision stands for: the loops
that destroy the part of a braced list or array already built when an element's constructor
throws (on the line of every `tx.exec(sql, {a, b})` and on closing braces), and the guard of a
function-local static. gcov does not mark them "throw" because the branch itself is not the
exception edge. They are not written either — but only on source lines that hold no decision
(DECISION below: in a statement with no if/while/for/switch/case/catch, no ?:, &&, ||, no
defaulted ==), so no branch of the code's own logic is ever dropped. Both counts are printed; nothing else is left out.
"""
import json
import os
import re
import sys
from collections import defaultdict

# A statement that can hold a decision: a condition, a loop, a switch, a short-circuit or
# conditional operator, a handler, or a defaulted comparison (member by member). Every line of such
# a statement counts (gcov puts a condition's branches on any of its lines, often the last).
DECISION = re.compile(r"\b(if|while|for|switch|case|default|catch)\b|\?|&&|\|\||operator==")


def decision_lines(path):
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read().split("\n")
    except OSError:
        return None
    out = set()
    statement = []   # line numbers of the statement being read
    decides = False
    for i, text in enumerate(src):
        code = re.sub(r"//.*", "", re.sub(r'"(\\.|[^"\\])*"', '""', text)).strip()
        statement.append(i + 1)
        decides = decides or bool(DECISION.search(code))
        # A statement ends at a line ending in ; { or } (or a blank line, a preprocessor line).
        if code == "" or code.startswith("#") or code[-1] in ";{}":
            if decides:
                out.update(statement)
            statement, decides = [], False
    if decides:
        out.update(statement)
    return out


def main():
    root = os.path.realpath(sys.argv[1])
    prefixes = [os.path.join(root, p) for p in sys.argv[2:]]
    lines = defaultdict(lambda: defaultdict(int))        # file -> line -> count
    branches = defaultdict(dict)                          # file -> (line, fn, idx) -> count
    functions = defaultdict(dict)                         # file -> name -> (line, count)
    dropped = 0
    no_decision = 0
    decisions = {}
    for raw in sys.stdin:
        raw = raw.strip()
        if not raw:
            continue
        doc = json.loads(raw)
        cwd = doc.get("current_working_directory", root)
        for f in doc.get("files", []):
            path = os.path.realpath(os.path.join(cwd, f["file"]))
            if not any(path.startswith(p) for p in prefixes):
                continue
            for fn in f.get("functions", []):
                name = fn.get("demangled_name") or fn["name"]
                line, count = functions[path].get(name, (fn["start_line"], 0))
                functions[path][name] = (line, count + fn["execution_count"])
            if path not in decisions:
                decisions[path] = decision_lines(path)
            for ln in f.get("lines", []):
                n = ln["line_number"]
                lines[path][n] += ln["count"]
                fn_name = ln.get("function_name", "")
                idx = 0
                for b in ln.get("branches", []):
                    if b.get("throw"):
                        dropped += 1
                        continue
                    if decisions[path] is not None and n not in decisions[path]:
                        no_decision += 1
                        continue
                    key = (n, fn_name, idx)
                    branches[path][key] = branches[path].get(key, 0) + b["count"]
                    idx += 1
    out = sys.stdout
    for path in sorted(lines):
        out.write("TN:\nSF:%s\n" % path)
        fns = functions.get(path, {})
        for name, (line, _) in sorted(fns.items(), key=lambda kv: kv[1][0]):
            out.write("FN:%d,%s\n" % (line, name))
        for name, (_, count) in sorted(fns.items(), key=lambda kv: kv[1][0]):
            out.write("FNDA:%d,%s\n" % (count, name))
        out.write("FNF:%d\nFNH:%d\n" % (len(fns), sum(1 for _, c in fns.values() if c > 0)))
        # lcov's block number: the function's place among those with branches on this line.
        blocks = {}
        brs = branches.get(path, {})
        for (n, fn_name, idx) in sorted(brs, key=lambda k: (k[0], k[1], k[2])):
            block = blocks.setdefault((n, fn_name), len([k for k in blocks if k[0] == n]))
            out.write("BRDA:%d,%d,%d,%d\n" % (n, block, idx, brs[(n, fn_name, idx)]))
        out.write("BRF:%d\nBRH:%d\n" % (len(brs), sum(1 for c in brs.values() if c > 0)))
        for n in sorted(lines[path]):
            out.write("DA:%d,%d\n" % (n, lines[path][n]))
        out.write("LF:%d\nLH:%d\n" % (len(lines[path]),
                                      sum(1 for c in lines[path].values() if c > 0)))
        out.write("end_of_record\n")
    sys.stderr.write("%d exception edges (gcov's \"throw\") and %d compiler-made branches on "
                     "statements without a decision, in %d files\n"
                     % (dropped, no_decision, len(lines)))


if __name__ == "__main__":
    main()
