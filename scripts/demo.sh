#!/usr/bin/env bash
# The main job on the bundled sample (samples/hello): build r2rhost and the sample
# (Roslyn → IL, crossgen2 → ReadyToRun, tools restored from NuGet on first use), run it
# under CoreCLR for reference, and show what `r2rhost inspect` finds in the R2R image and
# which of its native code this host uses, then run it under r2rhost (JIT-only today).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
command -v dotnet >/dev/null || { echo "error: the .NET SDK (dotnet) is not on PATH" >&2; exit 1; }
scripts/cargo build --release --locked -p r2rhost -p r2rhost-driver
bin=target/release

echo "== building samples/hello (csc, then crossgen2)"
"$bin/r2rhost-build" sample hello --r2r >/dev/null
entry=$("$bin/r2rhost-build" sample hello --r2r --json | sed -n 's/^  "entry": "\(.*crossgen2.*\)",$/\1/p' | head -n 1)
[ -n "$entry" ] || { echo "error: could not find the built R2R image" >&2; exit 1; }
echo "   $entry"

echo "== dotnet $entry (CoreCLR, the reference)"
set +e
dotnet "$entry"
echo "   exit code $?"
set -e

echo "== r2rhost inspect $entry"
"$bin/r2rhost" inspect "$entry"

echo "== r2rhost run $entry --log jit"
set +e
"$bin/r2rhost" run "$entry" --log jit
echo "   exit code $?"
set -e
