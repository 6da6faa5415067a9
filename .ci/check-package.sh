#!/usr/bin/env bash
# Checks the layout of the packed ThreeDsContracts package (issue: one package, generator with its dependencies).
set -euo pipefail
dir=${1:-artifacts/packages}
pkg=$(ls "$dir"/ThreeDsContracts.[0-9]*.nupkg | head -n 1)
listing=$(unzip -Z1 "$pkg")
missing=0
for entry in \
  lib/net8.0/ThreeDsContracts.dll \
  lib/net8.0/ThreeDsContracts.xml \
  analyzers/dotnet/cs/ThreeDsContracts.Generator.dll \
  analyzers/dotnet/cs/ThreeDsContracts.Analyzers.dll \
  analyzers/dotnet/cs/ThreeDsContracts.CodeFixes.dll \
  analyzers/dotnet/cs/NJsonSchema.dll \
  analyzers/dotnet/cs/NJsonSchema.Annotations.dll \
  analyzers/dotnet/cs/Newtonsoft.Json.dll \
  analyzers/dotnet/cs/Namotion.Reflection.dll \
  buildTransitive/ThreeDsContracts.props \
  buildTransitive/ThreeDsContracts.targets \
  schemas/antom/notify-payment.schema.json \
  schemas/canonical/authentication-result.schema.json \
  schemas/ecommpay/payment-page.schema.json \
  schemas/gateway/authorize-response.schema.json \
  schemas/jpm-checkout/notifications.schema.json \
  schemas/jpm-payments/payment.schema.json \
  README.md; do
  if ! grep -qx "$entry" <<<"$listing"; then echo "missing from $(basename "$pkg"): $entry" >&2; missing=1; fi
done
schemas_in_repo=$(find schemas -name '*.schema.json' | wc -l)
schemas_in_pkg=$(grep -c '^schemas/.*\.schema\.json$' <<<"$listing" || true)
if [ "$schemas_in_repo" -ne "$schemas_in_pkg" ]; then echo "the package has $schemas_in_pkg schemas, the repository $schemas_in_repo" >&2; missing=1; fi
if grep -q '^lib/.*Generator' <<<"$listing"; then echo "the generator must not be in lib/" >&2; missing=1; fi
for tool in "$dir"/ThreeDsContracts.Cli.*.nupkg; do
  [ -e "$tool" ] || continue
  # The listing is read whole first: `unzip | grep -q` under pipefail fails when grep exits before unzip is done (SIGPIPE).
  tool_listing=$(unzip -Z1 "$tool")
  grep -q 'DotnetToolSettings.xml' <<<"$tool_listing" || { echo "$(basename "$tool") is not a dotnet tool package" >&2; missing=1; }
done
[ "$missing" -eq 0 ] && echo "package layout ok: $(basename "$pkg") ($schemas_in_pkg schemas)"
exit "$missing"
