#!/usr/bin/env bash
# Builds the corelib shim: corelib-shim/build.sh OUTDIR  ->  OUTDIR/System.Private.CoreLib.dll
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/bin}"
mkdir -p "$out"
sdk="$(dotnet --list-sdks | awk 'END{print $2}' | tr -d '[]')/$(dotnet --list-sdks | awk 'END{print $1}')"
csc="${CSC:-$sdk/Roslyn/bincore/csc.dll}"
cd "$here"
dotnet "$csc" -noconfig @csc.rsp -out:"$out/System.Private.CoreLib.dll" $(find src -name '*.cs' | LC_ALL=C sort)
