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
exec dotnet exec "$out/difftest.dll" "$@"
