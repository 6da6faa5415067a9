#!/usr/bin/env bash
# CI (issue 14): the packed package in a real IDE host. Installs csharp-ls 0.28.0 as a local dotnet tool (a tool
# manifest in a temporary folder), then tests/ThreeDsContracts.IdeCheck opens a consumer of the package through the
# language server protocol with csharp.analyzersEnabled and checks: generated types resolve (no CS0246/CS0103),
# TDS1001 on the right line, cleared by an edit (didChange). Packs the package first when the feed has none.
# Usage: bash .ci/check-ide.sh [FEED]   (FEED defaults to artifacts/packages)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
feed=${1:-artifacts/packages}
csharp_ls_version=0.28.0

if ! ls "$feed"/ThreeDsContracts.[0-9]*.nupkg >/dev/null 2>&1; then
  echo "ide check: no ThreeDsContracts package in $feed; packing it"
  dotnet pack src/ThreeDsContracts/ThreeDsContracts.csproj -o "$feed"
fi
feed=$(cd "$feed" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/tool"
(cd "$work/tool" && dotnet new tool-manifest >/dev/null && dotnet tool install csharp-ls --version "$csharp_ls_version" >/dev/null) \
  || { echo "CI: csharp-ls $csharp_ls_version could not be installed as a local tool" >&2; exit 1; }
echo "ide check: csharp-ls $csharp_ls_version installed as a local tool"

dotnet build tests/ThreeDsContracts.IdeCheck -c Debug --nologo -v quiet >/dev/null \
  || { dotnet build tests/ThreeDsContracts.IdeCheck -c Debug --nologo; echo "CI: the IDE check does not build" >&2; exit 1; }

# The check has its own time budget (420 s, each wait bounded); timeout is the backstop.
timeout --kill-after=15 480 dotnet tests/ThreeDsContracts.IdeCheck/bin/Debug/net10.0/ThreeDsContracts.IdeCheck.dll \
  --feed "$feed" --work "$work" --server-dir "$work/tool" \
  || { echo "CI: the language-server check failed (see above for what was missing)" >&2; exit 1; }
