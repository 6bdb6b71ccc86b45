#!/usr/bin/env bash
# Refreshes the vendored CLDR plural data and regenerates ../PluralRules.Cldr.cs from it.
#   src/StatementContent/Runtime/Cldr/refresh.sh [version]   (default: the newest cldr-core)
# Needs npm and node; the build needs neither (the generated C# is committed). Review the diff of
# PluralRules.Cldr.cs, then run: dotnet test tests/StatementContent.Tests --filter "FullyQualifiedName~Plural"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$scratch" && npm pack "cldr-core@${1:-latest}" --silent >/dev/null && tar xzf cldr-core-*.tgz)
cp "$scratch/package/supplemental/plurals.json" "$scratch/package/supplemental/ordinals.json" "$here/"
cp "$scratch/package/LICENSE" "$here/LICENSE"
node -p "require('$scratch/package/package.json').version" >"$here/VERSION"
node "$here/generate.js"
echo "cldr-core $(cat "$here/VERSION") vendored; $(wc -c <"$here/../PluralRules.Cldr.cs") bytes of rules in PluralRules.Cldr.cs"
