#!/usr/bin/env bash
# Differential tests of the corelib shim's algorithms against CoreCLR's BCL.
# Compiles selected shim sources (with -define:DIFFTEST; their types live in namespace Shim via Shim.cs aliases)
# plus the test program against the real reference assemblies, then runs it under dotnet.
#   difftest/run.sh [group] [--scale=F]     exit status non-zero on any mismatch
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/../src"
out="${DIFFTEST_OUT:-/tmp/r2rhost-difftest}"
mkdir -p "$out"
ver="$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/{v=$2} END{print v}')"
sdkdir="$(dotnet --list-sdks | awk 'END{print $2}' | tr -d '[]')"
sdk="$sdkdir/$(dotnet --list-sdks | awk 'END{print $1}')"
dotnetroot="$(dirname "$sdkdir")"
ref="$(ls -d "$dotnetroot"/packs/Microsoft.NETCore.App.Ref/*/ref/net*/ | sort -V | tail -1)"
shimsrc=$(cat "$here/sources.txt" | grep -v '^#' | sed "s#^#$src/#")
dotnet "$sdk/Roslyn/bincore/csc.dll" -nologo -noconfig -nostdlib -unsafe -langversion:latest -optimize+ -nullable:disable \
  -define:DIFFTEST -nowarn:1701,1702,0436,8981,0169,0649,0414 $(for r in "$ref"*.dll; do echo "-r:$r -r:bcl=$r"; done) \
  -out:"$out/difftest.dll" "$here"/*.cs $shimsrc
printf '{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"%s"}}}' "$ver" > "$out/difftest.runtimeconfig.json"

# Async scenario: the same program built against the BCL (expected) and with the shim's Task types (actual).
refs=$(for r in "$ref"*.dll; do echo "-r:$r"; done)
cscargs="-nologo -noconfig -nostdlib -unsafe -langversion:latest -optimize+ -nullable:disable -nowarn:1701,1702,0436,8981,0169,0649,0414,1998"
dotnet "$sdk/Roslyn/bincore/csc.dll" $cscargs $refs -out:"$out/tasks_bcl.dll" "$here/tasks/TaskScenario.cs"
dotnet "$sdk/Roslyn/bincore/csc.dll" $cscargs $refs -define:DIFFTEST -out:"$out/tasks_shim.dll" "$here/tasks/TaskScenario.cs" \
  "$src/System/Threading/Tasks/Tasks.cs" "$src/System/Threading/Tasks/ValueTask.cs" "$src/System/ThrowHelper.cs" "$src/System/SR.cs"
for v in bcl shim; do cp "$out/difftest.runtimeconfig.json" "$out/tasks_$v.runtimeconfig.json"; dotnet exec "$out/tasks_$v.dll" > "$out/tasks_$v.txt" 2>&1 || true; done
lines=$(wc -l < "$out/tasks_bcl.txt")
bad=$(diff "$out/tasks_bcl.txt" "$out/tasks_shim.txt" | grep -c '^<' || true)
if [ "$bad" != "0" ]; then echo "MISMATCH tasks scenario:"; diff "$out/tasks_bcl.txt" "$out/tasks_shim.txt" | head -20; fi
export DIFFTEST_EXTRA="tasks:$lines:$bad"
exec dotnet exec "$out/difftest.dll" "$@"
