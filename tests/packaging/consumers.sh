#!/usr/bin/env bash
# Consumer checks: what a user does with the two packages, in fresh projects outside this repository.
#   (a) an app adds StatementContent from a local feed and prints the Russian title and the party count;
#   (b) an app follows README "Compile your own statements" literally (its marked blocks are extracted
#       from README.md) with StatementContent.Generators, builds, runs, and prints what README says;
#   (c) the same app with malformed JSON: the build fails with STC1001 at file(line,col), not CS8785.
# Prints one line per check and exits non-zero if any fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The content of the README block marked <!-- consumer-test: NAME -->.
readme_block() {
  awk -v name="$1" '
    $0 == "<!-- consumer-test: " name " -->" { armed = 1; next }
    armed && /^```/ && !inside { inside = 1; next }
    inside && /^```$/ { exit }
    inside { print }
  ' "$root/README.md"
}

fail=0
check() { # name, then the command that must succeed
  local name=$1; shift
  if "$@" >"$work/$name.log" 2>&1; then echo "consumer check $name: passed"
  else echo "consumer check $name: FAILED"; sed 's/^/    /' "$work/$name.log" | tail -40; fail=1; fi
}

feed=$work/feed
dotnet pack "$root/src/StatementContent" -c Release -o "$feed" >"$work/pack.log" 2>&1 \
  && dotnet pack "$root/generators/StatementContent.Generators" -c Release -o "$feed" >>"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }

# Fresh projects see only the local feed, and restore into an empty cache: no stale copy of our packages.
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES=$work/nuget-packages

library_app() {
  cd "$work"
  unzip -l "$feed"/StatementContent.0.*.nupkg | grep -q 'analyzers/' && { echo "the library package must not carry an analyzer"; return 1; }
  dotnet new console -n ContentReader
  cd ContentReader
  dotnet add package StatementContent
  cat >Program.cs <<'CS'
using StatementContent;

Console.WriteLine(Statements.CentralAsiaIdeologyBan.Title.Ru);
Console.WriteLine(Statements.CentralAsiaIdeologyBan.SignatoryCount);
CS
  diff <(printf 'Нет запрету коммунистической идеологии в республиках Центральной Азии!\n21\n') <(dotnet run)
}

own_statements_app() {
  cd "$work"
  bash -euo pipefail -c "$(readme_block commands)"
  cd HelloStatements
  for file in content/statements/hello-world/statement.json content/statements/hello-world/en.md \
              content/statements/hello-world/de.md content/statements/hello-world/signatories.json \
              content/strings.json Program.cs; do
    mkdir -p "$(dirname "$file")"
    readme_block "$file" >"$file"
    [ -s "$file" ] || { echo "README has no block for $file"; return 1; }
  done
  grep -q 'StatementContent.Generators' HelloStatements.csproj
  diff <(readme_block output) <(dotnet run)
}

broken_content_build() {
  cd "$work/HelloStatements"
  printf '{\n  "id": "hello-world",\n  "published": ,\n}\n' >content/statements/hello-world/statement.json
  if dotnet build >"$work/broken-build.log" 2>&1; then echo "the build succeeded on malformed JSON"; return 1; fi
  cat "$work/broken-build.log"
  grep -Eq 'content/statements/hello-world/statement\.json\(3,16\): error STC1001' "$work/broken-build.log"
  ! grep -q 'CS8785' "$work/broken-build.log"
}

check a-library-from-local-feed library_app
check b-own-statements-per-readme own_statements_app
check c-broken-content-fails-with-located-diagnostic broken_content_build
exit $fail
