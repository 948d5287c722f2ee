#!/usr/bin/env bash
# scripts/check-layers.sh — the layers of the server, checked as text (run by ./test, stage
# "server-layers"; docs/ARCHITECTURE.md "Layers"):
#   - no SQL text in server/src/api/ (queries are named functions in server/src/store/queries/);
#   - server/src/domain/ is pure: it includes nothing from api/, http/ or store/, nothing from
#     security/ but the pure access policy (security/access.h: roles and actions), and reads no
#     clock (today is an argument);
#   - server/src/store/ includes nothing from api/ or http/ (the store does not know HTTP);
#   - every server/src/domain/<family>.cpp has its unit test server/tests/unit/<family>_test.cpp.
# Prints each violation as file:line and exits 1 when there is any.
set -uo pipefail
cd "$(dirname "$0")/.."
bad=0
report() {  # title, grep output
  if [ -n "$2" ]; then
    echo "$1"
    echo "$2" | sed 's/^/  /'
    bad=1
  fi
}

sql=$(grep -nE '(\btx\.exec\(|\.query\(|db\(\)\.exec\(|"[^"]*\b(SELECT|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET)\b|\bSET [a-z_]+ = \$[0-9])' \
  server/src/api/*.cpp server/src/api/*.h 2>/dev/null)
report "SQL text in server/src/api/ (move it to a named query in server/src/store/queries/):" "$sql"

domain_inc=$(grep -nE '#include "(api|http|store|security)/' server/src/domain/*.cpp server/src/domain/*.h 2>/dev/null |
  grep -v '#include "security/access.h"')
report "server/src/domain/ must be pure (no api/, http/, store/ includes; of security/ only access.h):" "$domain_inc"

domain_clock=$(grep -nE '(system_clock|steady_clock|time::today|time::now|std::time\(|localtime|gmtime)' \
  server/src/domain/*.cpp server/src/domain/*.h 2>/dev/null | grep -v '^server/src/domain/[a-z_]*\.[ch]p*:[0-9]*: *//')
report "server/src/domain/ reads no clock (pass today in):" "$domain_clock"

store_inc=$(grep -rnE '#include "(api|http)/' server/src/store 2>/dev/null)
report "server/src/store/ must not include api/ or http/:" "$store_inc"

missing=""
for f in server/src/domain/*.cpp; do
  name=$(basename "$f" .cpp)
  [ -f "server/tests/unit/${name}_test.cpp" ] || missing+="$f has no server/tests/unit/${name}_test.cpp"$'\n'
done
report "domain files without their unit test:" "${missing%$'\n'}"

if [ "$bad" -eq 0 ]; then echo "server layers: ok"; fi
exit "$bad"
