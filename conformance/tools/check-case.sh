#!/usr/bin/env bash
# check-case.sh — build conformance cases, run them under CoreCLR (the oracle) and compare
# with the EXPECT block at the end of each file (see ../CASE-FORMAT.md).
#
#   check-case.sh [--bless|--print] CASE...
#     (default)  compare; exit status 1 if any case differs or fails to build
#     --print    print the fresh EXPECT block of each case instead of comparing
#     --bless    rewrite each case's EXPECT block from the oracle run
#
# Env: DOTNET (default dotnet), CSC (Roslyn csc.dll), REFDIR (ref pack), ILASM, OUT (build dir),
#      CASE_LOCALE (locale the oracle runs under; default C.UTF-8, i.e. the invariant culture).
set -u
DOTNET=${DOTNET:-dotnet}
CSC=${CSC:-/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc.dll}
REFDIR=${REFDIR:-/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.12/ref/net10.0}
ILASM=${ILASM:-/tmp/restoretest/pkgs/runtime.linux-x64.microsoft.netcore.ilasm/10.0.12/runtimes/linux-x64/native/ilasm}
OUT=${OUT:-/tmp/r2r-cases}
CASE_LOCALE=${CASE_LOCALE:-C.UTF-8}
MODE=check
case "${1:-}" in --bless) MODE=bless; shift;; --print) MODE=print; shift;; esac
[ $# -gt 0 ] || { echo "usage: $0 [--bless|--print] CASE..." >&2; exit 2; }

# header VALUE from the EXPECT block of file $1, key $2
header() {
  awk -v k="$2" 'BEGIN{inb=0} /^\/\* EXPECT$/{inb=1;next} inb&&/^--- /{exit}
    inb && index($0, k": ")==1 {print substr($0, length(k)+3); exit}' "$1"
}

fail=0
for case in "$@"; do
  name=$(echo "$case" | sed 's#.*conformance/cases/##; s#\.[a-z]*$##; s#/#__#g')
  dir="$OUT/$name"; rm -rf "$dir"; mkdir -p "$dir"
  dll="$dir/$name.dll"
  build=$(header "$case" build); args=$(header "$case" args)
  hasstdin=0; grep -q '^stdin: ' "$case" && hasstdin=1
  stdin=$(header "$case" stdin)
  case "$case" in
    *.cs)
      flags=""; [[ " $build " == *" unsafe "* ]] && flags="-unsafe"
      refs=(); for f in "$REFDIR"/*.dll; do refs+=("-r:$f"); done
      if ! "$DOTNET" "$CSC" -nologo -noconfig -nostdlib -langversion:latest -nullable:enable \
           -optimize+ -deterministic -target:exe $flags -out:"$dll" "${refs[@]}" "$case" >"$dir/build.log" 2>&1; then
        echo "BUILD FAIL $case"; cat "$dir/build.log"; fail=1; continue
      fi;;
    *.il)
      if ! "$ILASM" -exe -quiet -output="$dll" "$case" >"$dir/build.log" 2>&1; then
        echo "BUILD FAIL $case"; cat "$dir/build.log"; fail=1; continue
      fi;;
    *) echo "unknown case type: $case"; fail=1; continue;;
  esac
  echo '{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}' \
    > "$dir/$name.runtimeconfig.json"
  # shellcheck disable=SC2086
  if [ $hasstdin = 1 ]; then
    printf '%s\n' "$stdin" | (cd "$dir" && LANG=$CASE_LOCALE LC_ALL=$CASE_LOCALE timeout 20 "$DOTNET" "$dll" $args >"$dir/stdout" 2>"$dir/stderr"); rc=$?
  else
    (cd "$dir" && LANG=$CASE_LOCALE LC_ALL=$CASE_LOCALE timeout 20 "$DOTNET" "$dll" $args </dev/null >"$dir/stdout" 2>"$dir/stderr"); rc=$?
  fi
  # fresh block: keep the optional headers of the existing block, in canonical order
  {
    echo '/* EXPECT'
    echo "exit: $rc"
    for k in args stdin build modes; do
      v=$(header "$case" $k); grep -q "^$k: " "$case" && echo "$k: $v"
    done
    echo '--- stdout'; cat "$dir/stdout"
    [ -s "$dir/stdout" ] && [ "$(tail -c1 "$dir/stdout" | od -An -c | tr -d ' ')" != '\n' ] && echo
    echo '--- stderr'; cat "$dir/stderr"
    [ -s "$dir/stderr" ] && [ "$(tail -c1 "$dir/stderr" | od -An -c | tr -d ' ')" != '\n' ] && echo
    echo '*/'
  } > "$dir/expect.new"
  for s in stdout stderr; do
    [ -s "$dir/$s" ] && [ "$(tail -c1 "$dir/$s" | od -An -c | tr -d ' ')" != '\n' ] && echo "WARN $case: $s does not end with a newline"
    grep -q '\*/' "$dir/$s" && echo "WARN $case: $s contains */"
  done
  awk '/^\/\* EXPECT$/{p=1} p' "$case" > "$dir/expect.old"
  case $MODE in
    print) echo "== $case"; cat "$dir/expect.new";;
    bless)
      awk '/^\/\* EXPECT$/{exit} {print}' "$case" > "$dir/body"
      cat "$dir/body" "$dir/expect.new" > "$case"
      echo "blessed $case (exit $rc)";;
    check)
      if cmp -s "$dir/expect.old" "$dir/expect.new"; then echo "ok   $case"
      else echo "DIFF $case"; diff "$dir/expect.old" "$dir/expect.new" | head -40; fail=1; fi;;
  esac
done
exit $fail
