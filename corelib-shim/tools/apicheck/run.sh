#!/usr/bin/env bash
# Builds (if needed) and runs apicheck under dotnet:  tools/apicheck/run.sh check|dump|missing ...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ver="$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/{v=$2} END{print v}')"
fw="$(dirname "$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/{p=$3} END{print p}' | tr -d '[]')")/Microsoft.NETCore.App/$ver"
sdk="$(dotnet --list-sdks | awk 'END{print $2}' | tr -d '[]')/$(dotnet --list-sdks | awk 'END{print $1}')"
out="${APICHECK_OUT:-/tmp/r2rhost-apicheck}"
mkdir -p "$out"
if [ ! -f "$out/apicheck.dll" ] || [ "$here/ApiCheck.cs" -nt "$out/apicheck.dll" ]; then
  refs=$(for r in System.Runtime System.Collections System.Collections.Immutable System.Reflection.Metadata System.Console System.Linq System.Memory System.Private.CoreLib; do [ -f "$fw/$r.dll" ] && echo "-r:$fw/$r.dll"; done)
  dotnet "$sdk/Roslyn/bincore/csc.dll" -nologo -noconfig -nostdlib -langversion:latest -optimize+ $refs -out:"$out/apicheck.dll" "$here/ApiCheck.cs"
  printf '{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"%s"}}}' "$ver" > "$out/apicheck.runtimeconfig.json"
fi
exec dotnet exec "$out/apicheck.dll" "$@"
