#!/usr/bin/env python3
"""server/fuzz/make_corpus.py — writes the seed corpus of every fuzz target (server/fuzz/corpus/).

Run from the repository root after building the targets (scripts/fuzz.sh builds them):
    python3 server/fuzz/make_corpus.py
The seeds for fuzz_json_body follow the route list that the built target prints
(SOKU_FUZZ_LIST_ROUTES=1); field names come from the handlers' Fields calls in server/src/api/.
Identity codes use individual numbers 900-999 only. Regression inputs (findings) are kept in the
corpus folders under names starting with "regress-"; this script never removes files.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "server", "fuzz", "corpus")
ALPHA = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(ddmmyy, sign, nnn):
    return f"{ddmmyy}{sign}{nnn}{ALPHA[int(ddmmyy + nnn) % 31]}"


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def hetu_seeds():
    good = [hetu("010190", "-", "900"), hetu("131052", "-", "930"), hetu("290200", "A", "955"),
            hetu("150385", "B", "909"), hetu("010101", "+", "999"), hetu("311299", "Y", "942"),
            hetu("010190", "-", "900").lower(), "  " + hetu("240616", "C", "977") + "\t"]
    bad = ["010190-900X", "290201A955" + ALPHA[int("290201955") % 31],  # 29 Feb in a common year
           "010190Z900R", "010190-000" + ALPHA[int("010190000") % 31], "010190-900",
           "320190-900" + ALPHA[int("320190900") % 31], "", "-", "0101909001R", "010190-9O0R",
           "010190\x00900R", "\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4"]
    for i, c in enumerate(good):
        write("fuzz_hetu", f"valid-{i}", c)
    for i, c in enumerate(bad):
        write("fuzz_hetu", f"invalid-{i}", c)


def request(method, target, body=None, headers=()):
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1:8080"]
    lines += list(headers)
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body.encode())}"]
    return "\r\n".join(lines) + "\r\n\r\n" + (body or "")


def http_seeds():
    # Flag byte: '0' no session, '1' social_worker, '3' social_counsellor, '5' admin.
    seeds = {
        "me-anon": "0" + request("GET", "/api/v1/me"),
        "me-worker": "1" + request("GET", "/api/v1/me"),
        "healthz": "0" + request("GET", "/healthz"),
        "metrics": "0" + request("GET", "/metrics"),
        "login": "0" + request("POST", "/api/v1/session",
                               '{"username":"demo-social_worker","password":"wrong-password"}'),
        "clients-list": "1" + request("GET", "/api/v1/clients?q=Virtanen&limit=5"),
        "clients-search": "3" + request("POST", "/api/v1/clients/search", '{"q":"Ma","limit":5}'),
        "dashboard": "1" + request("GET", "/api/v1/dashboard"),
        "drafts": "1" + request("PUT", "/api/v1/drafts/plan:1", '{"data":{"a":[1,2,{"b":null}]}}'),
        "users-admin": "5" + request("GET", "/api/v1/users"),
        "audit": "5" + request("GET", "/api/v1/audit?limit=3"),
        "feedback": "1" + request("POST", "/api/v1/feedback", '{"message":"Hyv\u00e4"}'),
        "chunked": "1" + "PUT /api/v1/drafts/x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                         "Content-Type: application/json\r\n\r\n9\r\n{\"data\":1\r\n1\r\n}\r\n0\r\n\r\n",
        "pipelined": "1" + request("GET", "/api/v1/me") + request("GET", "/api/v1/counties") +
                     request("DELETE", "/api/v1/drafts/x"),
        "bad-escape": "1" + request("GET", "/api/v1/clients/%zz?x=%"),
        "query": "1" + request("GET", "/api/v1/clients?q=a+b%20c&limit=-1&cursor=%00"),
        "method-405": "1" + request("PATCH", "/api/v1/counties", "{}"),
        "origin": "1" + request("POST", "/api/v1/feedback", '{"message":"x"}',
                                ["Origin: https://evil.example"]),
        "csrf-missing": "1" + request("DELETE", "/api/v1/session").replace("Host:", "X-CSRF-Token:\r\nHost:"),
        "too-large": "1" + "POST /api/v1/feedback HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n",
        "bad-content-length": "0" + "POST /api/v1/session HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n",
        "static": "0" + request("GET", "/../../etc/passwd"),
        "head": "1" + request("HEAD", "/api/v1/me"),
        "cookies": "0" + request("GET", "/api/v1/me", None,
                                 ["Cookie: a=b", "Cookie: __Host-soku=deadbeef; __Host-soku="]),
        "request-id": "1" + request("GET", "/api/v1/me", None, ["X-Request-Id: abc-123"]),
    }
    for name, data in seeds.items():
        write("fuzz_http", name, data)


def drafts_seeds():
    seeds = {
        "object": "\x00" + '{"goals":[{"title":"Arki","steps":["a","b"]}],"n":1.5e3}',
        "string": "\x02" + '"teksti \\u00e4 \\ud83d\\ude00"',
        "numbers": "\x04" + "[0,-0,1e308,-1e-308,18446744073709551615,-9223372036854775808,0.1]",
        "null": "\x00null",
        "nested": "\x00" + "[" * 40 + "]" * 40,
        "raw-object": "\x01" + '{"data":{"x":true},"other":1}',
        "raw-no-data": "\x03" + '{"x":1}',
        "raw-array": "\x01[1,2]",
        "dup-keys": "\x00" + '{"a":1,"a":2}',
        "escapes": "\x00" + '"\\u0000\\t\\n\\\\\\""',
    }
    for name, data in seeds.items():
        write("fuzz_drafts", name, data)


def field_values(source):
    """Field name -> example value from the Fields calls in one handler file."""
    vals = {}
    for kind, name in re.findall(r'\.(text|integer|boolean|date|choice|strings|object|each)\("([a-z_]+)"', source):
        vals[name] = {"text": "Testi", "integer": 1, "boolean": True, "date": "2026-03-02",
                      "choice": "x", "strings": ["fi"], "object": {}, "each": [{}]}[kind]
        if name == "hetu":
            vals[name] = hetu("010190", "-", "901")
        if name == "version":
            vals[name] = 1
    return vals


def json_body_seeds():
    exe = os.path.join(ROOT, "build-fuzz", "fuzz_json_body")
    env = dict(os.environ, SOKU_FUZZ_LIST_ROUTES="1")
    out = subprocess.run([exe], env=env, capture_output=True, text=True, check=True).stdout
    routes = [line.split(" ", 2) for line in out.splitlines() if re.match(r"\d+ [A-Z]+ /", line)]
    api = os.path.join(ROOT, "server", "src", "api")
    sources = {f: open(os.path.join(api, f), encoding="utf-8").read() for f in os.listdir(api)
               if f.endswith(".cpp")}
    odd = ['{"x":' + "[" * 64 + "]" * 64 + "}", '{"version":1e400}', '{"version":-1,"x":"\\u0000"}',
           "[]", '{"a":"\\ud800"}', "{", '{"hetu":"' + hetu("010190", "-", "999") + '","first_name":"A\\nB"}']
    for idx, method, pattern in routes:
        i = int(idx)
        src = next((s for s in sources.values() if f'"{pattern}"' in s), "")
        body = json.dumps(field_values(src), ensure_ascii=False)
        for user in (0, 2):  # social_worker, admin
            write("fuzz_json_body", f"r{i:02d}-u{user}", bytes([i, user, 0]) + body.encode())
        write("fuzz_json_body", f"r{i:02d}-empty", bytes([i, 1, 1]) + b"{}")
        write("fuzz_json_body", f"r{i:02d}-odd", bytes([i, 2, 0xf3]) + odd[i % len(odd)].encode())


if __name__ == "__main__":
    hetu_seeds()
    http_seeds()
    drafts_seeds()
    json_body_seeds()
    print("corpus written to", CORPUS)
