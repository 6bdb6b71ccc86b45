#!/usr/bin/env bash
# Consumer checks: what a user does with the two packages, in fresh projects outside this repository.
#   (a) an app adds StatementContent from a local feed and prints the Russian title and the party count
#       (compared with the count in content/, not a number written here);
#   (b) an app follows README "Compile your own statements" literally (its marked blocks are extracted
#       from README.md) with StatementContent.Generators, builds, runs, and prints what README says;
#   (c) the same app with malformed JSON: the build fails with STC1001 at file(line,col), not CS8785;
#   (d) a netstandard2.0 class library on its default C# 7.3, warnings as errors, compiles the same content;
#   (e) an invalid StatementContentNamespace fails the build with STC3001 at the project file, nothing else;
#   (f) an ASP.NET Core app with its own .resx adds StatementContent.Extensions.Localization, registered before and
#       after AddLocalization: IStringLocalizer<Program> keeps the .resx strings, IStringLocalizer<StatementStrings>
#       reads a UI string in ru-KZ (→ ru) and kk-KZ (→ ru, the content's configured fallback);
#   (g) README "Catching content changes" literally: an xunit project with ApprovalTests snapshot-tests the app
#       of (b); the first run fails leaving a received file, accepted it passes (the README's hash included),
#       then a party is added to the app's content and both tests fail, the diff naming the party;
#   (h) the content lock in that app: locked with the repository's CLI, one more party is warning STC4001 at
#       its line, an error with -p:StatementContentStrictLock=true that neither an .editorconfig nor a .globalconfig
#       severity lowers, 'statement lock --check' fails as the strict build does, and an invalid value is STC3004;
#   (i) every packed package carries complete metadata: icon, copyright, tags, release notes, readme, licence,
#       repository, and a description with no count that would go stale;
#   (j) the 'statement' tool installs from the local feed into a --tool-path and validates and diffs the
#       repository's content (one party added in a copy: exactly that addition);
#   (k) the library package carries a precompiled (ReadyToRun) image for each runtime it lists, and the app of (a),
#       built by default (JIT, no publish options), loads the one for this machine rather than the IL assembly;
#       an unknown runtime in StatementContentReadyToRunRuntimes is STC3006 at the project file;
#   (l) two libraries that expose their statements (public, each with the StatementContent package) and an app that
#       references both and compiles statements of its own, naming Statement and LocalizedText under
#       'using App; using StatementContent;': builds with warnings as errors (no CS0433, CS0436, CS0104) and prints a
#       title from each; a public library without the package is STC3007 at its project file and nothing else;
#   (m) README's HelloStatements app, with StatementContent.Extensions.Localization added (which brings the
#       StatementContent package), still builds with warnings as errors and prints what README says (no CS0104);
#   (n) the installed tool on hostile input: a revision that is an option (--output=FILE) in a temporary git
#       repository leaves FILE intact and exits 2; a content.lock that links out is not written through;
#       'validate /proc/self' and a folder with a named pipe end with a message, no stack trace, no hang;
#   (o) the installed tool in a team: two branches add a party each and lock, git merges them without a conflict and
#       'lock --check' passes; a hand-edited lock hash fails it; validate --warnings-as-errors, diff --exit-code, and
#       two statements exported as one JSON array;
#   (p) README's localized app literally (its marked block as Program.cs), served on 127.0.0.1: ?culture=ru and a
#       kk-KZ Accept-Language read Russian, ?culture=de (unsupported) the default English;
#   (q) a console app with the packed localizer: IStringLocalizer<StatementStrings>["SignedByParties", n] in ru and en
#       for counts from 0 to 1,000 against an oracle that is not ours — node's Intl.PluralRules and toLocaleString
#       (ICU) over the patterns in content/strings.json — once as is and once under invariant globalization (the
#       plural form still right, the digits then written the invariant way);
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
  && dotnet pack "$root/src/StatementContent.Extensions.Localization" -c Release -o "$feed" >>"$work/pack.log" 2>&1 \
  && dotnet pack "$root/src/StatementContent.Cli" -c Release -o "$feed" >>"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }

# A netstandard2.0 project restores NETStandard.Library (and its one dependency); the repository's own restore put
# them in the global packages folder, so they join the local feed rather than opening the feed to the registry.
cache=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
cp "$cache"/netstandard.library/2.0.3/netstandard.library.2.0.3.nupkg "$cache"/microsoft.netcore.platforms/1.1.0/microsoft.netcore.platforms.1.1.0.nupkg "$feed"/
# Likewise the localization package's dependencies (Microsoft.Extensions.Localization and what it needs on net10.0).
for dependency in microsoft.extensions.localization microsoft.extensions.localization.abstractions microsoft.extensions.dependencyinjection.abstractions \
    microsoft.extensions.logging.abstractions microsoft.extensions.options microsoft.extensions.primitives; do
  cp "$cache/$dependency/10.0.1/$dependency.10.0.1.nupkg" "$feed"/
done

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
using StatementContent.Published;

Console.WriteLine(Statements.CentralAsiaIdeologyBan.Title.Ru);
Console.WriteLine(Statements.CentralAsiaIdeologyBan.SignatoryCount);
CS
  # The count comes from the content (one "name" object per party), so adding a party needs no edit here.
  parties=$(grep -o '"name": *{' "$root"/content/statements/central-asia-ideology-ban/signatories.json | wc -l)
  diff <(printf 'Нет запрету коммунистической идеологии в республиках Центральной Азии!\n%s\n' "$parties") <(dotnet run)
}

# README "Compile your own statements" literally, in the current folder: its commands, then its files.
readme_app() {
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
}

own_statements_app() {
  cd "$work"
  readme_app
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

csharp73_library() {
  cd "$work"
  dotnet new classlib -n LegacyStatements -f netstandard2.0
  cd LegacyStatements
  rm -f Class1.cs
  dotnet add package StatementContent.Generators
  cp -r "$work/HelloStatements/content" .
  readme_block content/statements/hello-world/statement.json >content/statements/hello-world/statement.json
  cat >Reader.cs <<'CS'
namespace LegacyStatements
{
    public static class Reader
    {
        public static string Title() { return Statements.HelloWorld.Title.En; }
    }
}
CS
  grep -q '<TargetFramework>netstandard2.0</TargetFramework>' LegacyStatements.csproj
  ! grep -q 'LangVersion' LegacyStatements.csproj
  dotnet build -p:TreatWarningsAsErrors=true
}

invalid_namespace_setting() {
  cd "$work/LegacyStatements"
  rm Reader.cs # its use of Statements would fail too; the point is that no compiler error follows STC3001
  if dotnet build -p:StatementContentNamespace=1Bad.Name >"$work/namespace-build.log" 2>&1; then echo "the build succeeded with an invalid namespace"; return 1; fi
  cat "$work/namespace-build.log"
  grep -Eq 'LegacyStatements\.csproj\(1,1\): error STC3001' "$work/namespace-build.log"
  ! grep -Eq 'error CS[0-9]+' "$work/namespace-build.log"
  # ';' would cut the value short on its way to the generator; the package's targets stop it first.
  if dotnet build '-p:StatementContentNamespace=Good%3BEvil' >"$work/namespace-build.log" 2>&1; then echo "the build succeeded with ';' in the namespace"; return 1; fi
  cat "$work/namespace-build.log"
  grep -Eq 'LegacyStatements\.csproj.*: error STC3001: .*Good;Evil' "$work/namespace-build.log"
}

localizer_app() {
  cd "$work"
  dotnet new web -n LocalizedApp
  cd LocalizedApp
  dotnet add package StatementContent.Extensions.Localization
  mkdir Resources
  resx() { printf '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n  <data name="Hello" xml:space="preserve"><value>%s</value></data>\n</root>\n' "$1"; }
  resx 'Hello from the app' >Resources/Program.resx
  resx 'Привет от приложения' >Resources/Program.ru.resx
  cat >Program.cs <<'CS'
using System.Globalization;
using Microsoft.Extensions.Localization;
using StatementContent.Extensions.Localization;
using StatementContent.Published;

foreach (bool contentFirst in new[] { true, false })
{
    var builder = WebApplication.CreateBuilder(args);
    if (contentFirst) builder.Services.AddStatementContentLocalization();
    builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
    if (!contentFirst) builder.Services.AddStatementContentLocalization();
    var app = builder.Build();
    var own = app.Services.GetRequiredService<IStringLocalizer<Program>>();
    var content = app.Services.GetRequiredService<IStringLocalizer<StatementStrings>>();
    foreach (string culture in new[] { "ru-KZ", "kk-KZ", "en-GB" })
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Console.WriteLine(own["Hello"].Value + " / " + content[UiStrings.Keys.PublishedOn].Value);
    }
}
CS
  # kk-KZ: the app's .resx falls back to its neutral English, the content to Russian (content/languages.json).
  expected='Привет от приложения / Опубликовано\nHello from the app / Опубликовано\nHello from the app / Published\n'
  diff <(printf "$expected$expected") <(dotnet run --no-launch-profile | grep -v '^Building\.\.\.$')
}

readme_localized_app() {
  cd "$work"
  dotnet new web -n ReadmeLocalizedApp
  cd ReadmeLocalizedApp
  dotnet add package StatementContent.Extensions.Localization
  readme_block localized-app >Program.cs
  dotnet build -warnaserror
  local port=$((20000 + RANDOM % 20000))
  dotnet run --no-build --no-launch-profile -- --urls "http://127.0.0.1:$port" >"$work/readme-localized-app.out" 2>&1 &
  local server=$!
  local ru en kk tries=0
  until ru=$(curl -fsS "http://127.0.0.1:$port/?culture=ru" 2>/dev/null); do
    tries=$((tries + 1)); [ $tries -lt 120 ] || { kill $server; cat "$work/readme-localized-app.out"; return 1; }; sleep 0.5
  done
  en=$(curl -fsS "http://127.0.0.1:$port/?culture=de")
  kk=$(curl -fsS -H 'Accept-Language: kk-KZ' "http://127.0.0.1:$port/")
  kill $server
  printf '%s\n--\n%s\n--\n%s\n' "$ru" "$en" "$kk"
  diff <(printf 'Нет запрету коммунистической идеологии в республиках Центральной Азии!\nОпубликовано') <(printf '%s' "$ru")
  diff <(printf '%s' "$ru") <(printf '%s' "$kk")
  grep -q '^Published$' <<<"$en"
}

readme_recipe() {
  cd "$work/HelloStatements"
  readme_block content/statements/hello-world/statement.json >content/statements/hello-world/statement.json # (c) broke it
  { grep -v '</Project>' HelloStatements.csproj; readme_block visible-to-tests; echo '</Project>'; } >project.tmp
  mv project.tmp HelloStatements.csproj
  mkdir "$work/HelloStatements.Tests" && cd "$work/HelloStatements.Tests"
  # A test project as `dotnet new xunit` makes one, at the versions this repository restored (nothing else is
  # served offline); test packages come from that restore's cache, ours from the local feed.
  version() { sed -nE "s/.*PackageVersion Include=\"$1\" Version=\"([^\"]+)\".*/\1/p" "$root/Directory.Packages.props"; }
  cat >HelloStatements.Tests.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="$(version Microsoft.NET.Test.Sdk)" />
    <PackageReference Include="xunit" Version="$(version xunit)" />
    <PackageReference Include="xunit.runner.visualstudio" Version="$(version xunit.runner.visualstudio)" />
  </ItemGroup>
</Project>
XML
  cat >nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="restored" value="$cache" />
  </packageSources>
</configuration>
XML
  bash -euo pipefail -c "$(readme_block tests-commands)"
  readme_block HelloStatements.Tests/ContentTests.cs >ContentTests.cs
  local approved=ContentTests.Statement_is_the_reviewed_one.approved.txt received=ContentTests.Statement_is_the_reviewed_one.received.txt
  if dotnet test >"$work/recipe-first.log" 2>&1; then echo "the first run passed with nothing approved"; return 1; fi
  [ -s "$received" ] || { tail -30 "$work/recipe-first.log"; echo "no $received"; return 1; }
  mv "$received" "$approved" # the reviewer accepts it
  dotnet test >"$work/recipe-second.log" 2>&1 || { tail -30 "$work/recipe-second.log"; echo "the accepted snapshot or README's hash does not pass"; return 1; }
  # A party subscribes: one more line in the app's content.
  sed -i 's/{ "id": "grace", "name": { "en": "Grace Hopper Circle", "de": "Grace-Hopper-Kreis" } }/&,\n        { "id": "margaret", "name": { "en": "Margaret Hamilton Society", "de": "Margaret-Hamilton-Gesellschaft" } }/' \
    ../HelloStatements/content/statements/hello-world/signatories.json
  grep -q margaret ../HelloStatements/content/statements/hello-world/signatories.json
  if dotnet test >"$work/recipe-third.log" 2>&1; then echo "the tests passed after a party was added"; return 1; fi
  grep -q 'Failed ContentTests.Statement_is_the_reviewed_one' "$work/recipe-third.log"
  grep -q 'Failed ContentTests.Content_is_the_reviewed_one' "$work/recipe-third.log"
  diff "$approved" "$received" | tee "$work/recipe.diff" || true
  grep -q '^> *party 3: margaret, no country:' "$work/recipe.diff"
  grep -q '^> *en: Margaret Hamilton Society' "$work/recipe.diff"
}

strict_lock() {
  cd "$work/HelloStatements"
  # The repository's CLI, restored into its own package cache rather than this script's empty one.
  env -u NUGET_PACKAGES dotnet run --project "$root/src/StatementContent.Cli" -- lock content
  sed -i 's/{ "id": "margaret", .* } }/&,\n        { "id": "katherine", "name": { "en": "Katherine Johnson Forum", "de": "Katherine-Johnson-Forum" } }/' \
    content/statements/hello-world/signatories.json
  line=$(grep -n '"katherine"' content/statements/hello-world/signatories.json | cut -d: -f1)
  [ -n "$line" ] || { cat content/statements/hello-world/signatories.json; echo "no katherine line"; return 1; }
  dotnet build >"$work/lock-warn.log" 2>&1 || { cat "$work/lock-warn.log"; return 1; }
  grep -Eq "content/statements/hello-world/signatories\.json\($line,[0-9]+\): warning STC4001: .*party 'katherine' added to group 'founders'" "$work/lock-warn.log" \
    || { cat "$work/lock-warn.log"; echo "no located STC4001 warning for line $line"; return 1; }
  if dotnet build -p:StatementContentStrictLock=true >"$work/lock-strict.log" 2>&1; then cat "$work/lock-strict.log"; echo "the strict build passed"; return 1; fi
  grep -Eq "signatories\.json\($line,[0-9]+\): error STC4001: .*'katherine'" "$work/lock-strict.log" \
    || { cat "$work/lock-strict.log"; echo "no located STC4001 error"; return 1; }
  # No severity setting switches the strict lock off: not an .editorconfig (which the generator applies), nor a
  # .globalconfig (which the compiler applies); the same settings do silence a developer's build.
  printf 'root = true\n[*]\ndotnet_diagnostic.STC4001.severity = none\n' > .editorconfig
  printf 'is_global = true\ndotnet_diagnostic.STC4001.severity = none\n' > .globalconfig
  if dotnet build -p:StatementContentStrictLock=true >"$work/lock-strict-none.log" 2>&1; then cat "$work/lock-strict-none.log"; echo "severity none passed the strict build"; return 1; fi
  grep -Eq "signatories\.json\($line,[0-9]+\): error STC4001: .*'katherine'" "$work/lock-strict-none.log" \
    || { cat "$work/lock-strict-none.log"; echo "no located STC4001 error with severity none"; return 1; }
  dotnet build >"$work/lock-none.log" 2>&1 || { cat "$work/lock-none.log"; return 1; }
  if grep -q "STC4001" "$work/lock-none.log"; then cat "$work/lock-none.log"; echo "severity none did not silence the developer's build"; return 1; fi
  rm .editorconfig .globalconfig
  # The tool's gate agrees with the strict build.
  if env -u NUGET_PACKAGES dotnet run --project "$root/src/StatementContent.Cli" -- lock content --check >"$work/lock-check.log" 2>&1; then
    cat "$work/lock-check.log"; echo "lock --check passed where the strict build failed"; return 1
  fi
  if dotnet build -p:StatementContentStrictLock=maybe >"$work/lock-invalid.log" 2>&1; then echo "an invalid setting passed"; return 1; fi
  grep -q 'HelloStatements.csproj.*error STC3004' "$work/lock-invalid.log" || { cat "$work/lock-invalid.log"; return 1; }
}

package_metadata() {
  local count=0
  for package in "$feed"/StatementContent*.nupkg; do
    count=$((count + 1))
    nuspec=$(unzip -p "$package" '*.nuspec')
    for element in icon copyright tags releaseNotes readme license repository description authors; do
      grep -Eq "<$element[ >]" <<<"$nuspec" || { echo "$(basename "$package"): no <$element>"; return 1; }
      ! grep -Eq "<$element>\s*</$element>" <<<"$nuspec" || { echo "$(basename "$package"): empty <$element>"; return 1; }
    done
    icon=$(sed -nE 's|.*<icon>([^<]+)</icon>.*|\1|p' <<<"$nuspec")
    # The listing first: under pipefail, 'unzip | grep -q' fails when grep stops reading early.
    listing=$(unzip -l "$package")
    grep -q " $icon\$" <<<"$listing" || { echo "$(basename "$package"): icon $icon is not in the package"; return 1; }
    # The CLDR plural data is compiled into the runtime sources every package carries or builds on: its licence too.
    grep -q " third-party/unicode-cldr/LICENSE\$" <<<"$listing" || { echo "$(basename "$package"): no third-party/unicode-cldr/LICENSE (CLDR data licence)"; return 1; }
    # Counts of parties or statements go stale when the content grows ("open for further subscriptions").
    ! grep -Eiq '<description>[^<]*[0-9]+ (parties|signator|statements)' <<<"$nuspec" || { echo "$(basename "$package"): a count in the description"; return 1; }
    echo "$(basename "$package"): metadata complete"
  done
  [ "$count" -ge 4 ] || { echo "expected the library, generator, localization and tool packages, found $count"; return 1; }
}

statement_tool() {
  cd "$work"
  dotnet tool install StatementContent.Tool --tool-path "$work/tools" --add-source "$feed" --configfile "$work/nuget.config"
  "$work/tools/statement" --version
  "$work/tools/statement" validate "$root/content"
  mkdir -p "$work/edited" && cp -r "$root/content" "$work/edited/"
  file="$work/edited/content/statements/central-asia-ideology-ban/signatories.json"
  last=$(grep -n '^ *{"id": ' "$file" | tail -1 | cut -d: -f1)
  sed -i "${last}s/}\$/},/" "$file"
  sed -i "${last}a\\
        {\"id\": \"tool-test-party\", \"name\": {\"en\": \"Tool Test Party\", \"ru\": \"Партия проверки\", \"addedByProject\": [\"ru\"]}}" "$file"
  "$work/tools/statement" diff "$root/content" "$work/edited/content" | tee "$work/tool-diff.txt"
  [ "$(grep -c '^  [-+~] ' "$work/tool-diff.txt")" = 1 ]
  grep -q "^  + party 'tool-test-party' added to group '" "$work/tool-diff.txt"
}

statement_tool_hostile() {
  local tool="$work/tools/statement" repo="$work/hostile-repo" victim="$work/victim.txt" code
  [ -x "$tool" ] || dotnet tool install StatementContent.Tool --tool-path "$work/tools" --add-source "$feed" --configfile "$work/nuget.config"
  printf 'must stay\n' >"$victim"
  mkdir -p "$repo" && cp -r "$root/content" "$repo/" && cd "$repo"
  git init -q && git add -A && git -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false commit -qm content || return 1
  for args in "diff --output=$victim HEAD" "diff HEAD --output=$victim" "diff HEAD -ccore.pager=touch_$work/marker" "diff HEAD --upload-pack=$victim"; do
    code=0; $tool $args >"$work/hostile.out" 2>&1 || code=$?
    cat "$work/hostile.out"
    [ "$code" = 2 ] || { echo "statement $args: exit $code, not 2"; return 1; }
  done
  [ "$(cat "$victim")" = "must stay" ] && [ ! -e "$work/marker" ] || { echo "a revision argument reached git as an option"; return 1; }

  # A content.lock that links out of the folder: an error, and the file it points to is left as it was.
  rm content/content.lock && ln -s "$victim" content/content.lock || return 1
  code=0; $tool lock content >"$work/hostile.out" 2>&1 || code=$?
  cat "$work/hostile.out"
  [ "$code" = 1 ] && grep -q 'content/content.lock(1,1): error STC1109' "$work/hostile.out" && [ "$(cat "$victim")" = "must stay" ] \
    || { echo "a content.lock linked out: exit $code"; return 1; }

  # /proc/self and a named pipe: a message and an exit code, not a stack trace or a wait for a writer.
  code=0; timeout 60 $tool validate /proc/self >"$work/hostile.out" 2>&1 || code=$?
  cat "$work/hostile.out"
  [ "$code" = 2 ] && grep -q "^'/proc/self' " "$work/hostile.out" && ! grep -q 'Unhandled exception\|   at ' "$work/hostile.out" \
    || { echo "validate /proc/self: exit $code"; return 1; }
  local text; text=$(echo content/statements/*/en.md)
  rm content/content.lock "$text" && mkfifo "$text" || return 1
  code=0; timeout 60 $tool show content >"$work/hostile.out" 2>&1 || code=$?
  cat "$work/hostile.out"
  [ "$code" = 1 ] && grep -q 'en.md(1,1): error STC1110: .*named pipe' "$work/hostile.out" \
    || { echo "show with a named pipe: exit $code"; return 1; }
}

# The team workflow with the installed tool and real git: two branches each add a party (in different groups) and lock,
# the merge has no conflict and passes 'lock --check' as it is; a hand-edited lock hash fails the check; the gates
# --warnings-as-errors and diff --exit-code; two statements export as one JSON document.
statement_tool_team() {
  local tool="$work/tools/statement" repo="$work/team-repo" file code
  [ -x "$tool" ] || dotnet tool install StatementContent.Tool --tool-path "$work/tools" --add-source "$feed" --configfile "$work/nuget.config"
  local g=(git -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false)
  mkdir -p "$repo" && cp -r "$root/content" "$repo/" && cd "$repo" || return 1
  "${g[@]}" init -q -b main && "${g[@]}" add -A && "${g[@]}" commit -qm content || return 1
  file=$(echo content/statements/*/signatories.json)
  add_party() { # line after which to insert, id
    local indent; indent=$(sed -n "${1}p" "$file" | sed -E 's/^( *).*/\1/')
    sed -i "${1}a\\
${indent}{\"id\": \"$2\", \"name\": {\"en\": \"Party $2\", \"ru\": \"Партия $2\", \"addedByProject\": [\"ru\"]}}," "$file"
  }
  "${g[@]}" checkout -q -b first && add_party "$(grep -n '^ *{"id": ' "$file" | head -1 | cut -d: -f1)" first-party \
    && "$tool" lock content && "${g[@]}" commit -qam first || return 1
  "${g[@]}" checkout -q main && "${g[@]}" checkout -q -b second
  local last; last=$(grep -n '^ *{"id": ' "$file" | tail -1 | cut -d: -f1)
  sed -i "${last}s/}\$/},/" "$file" && add_party "$last" second-party && sed -i "$((last + 1))s/},\$/}/" "$file" \
    && "$tool" lock content && "${g[@]}" commit -qam second || return 1
  "${g[@]}" checkout -q main && "${g[@]}" merge -q --no-edit first && "${g[@]}" merge -q --no-edit second \
    || { git diff; echo "the two branches did not merge"; return 1; }
  "$tool" lock content --check || { echo "the merge does not pass lock --check"; return 1; }
  code=0; "$tool" diff main~2 main --exit-code >"$work/team.out" 2>&1 || code=$?
  [ "$code" = 1 ] && grep -q "first-party" "$work/team.out" && grep -q "second-party" "$work/team.out" || { cat "$work/team.out"; echo "diff --exit-code: $code"; return 1; }
  "$tool" diff main main --exit-code >/dev/null || { echo "diff --exit-code of one revision is not 0"; return 1; }

  # A hash edited by hand is reported by the check, as by the strict build.
  sed -i -E 's/^(  paragraph 3 en )[0-9a-f]{16}/\10000000000000000/' content/content.lock
  code=0; "$tool" lock content --check >"$work/team.out" 2>&1 || code=$?
  [ "$code" = 1 ] && grep -q "error STC4001: .*paragraph 3" "$work/team.out" || { cat "$work/team.out"; echo "a hand-edited hash passed: $code"; return 1; }
  "${g[@]}" checkout -q -- content/content.lock

  # A warning fails validate only with --warnings-as-errors.
  sed -i 's/"en": "Party first-party"/"en": "Party first-party renamed"/' "$file" && "$tool" lock content >/dev/null || return 1
  "$tool" validate content >/dev/null || { echo "validate failed on a warning"; return 1; }
  code=0; "$tool" validate content --warnings-as-errors >"$work/team.out" 2>&1 || code=$?
  [ "$code" = 1 ] && grep -q "STC4002" "$work/team.out" || { cat "$work/team.out"; echo "--warnings-as-errors: $code"; return 1; }

  # Two statements: one JSON document.
  local second=content/statements/second-statement
  cp -r "$(dirname "$file")" "$second" && sed -i -E 's/"id": "[^"]+"/"id": "second-statement"/' "$second/statement.json"
  "$tool" export content --format json >"$work/team.json" || return 1
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d) == 2, d' "$work/team.json"
}

precompiled_library() {
  local package rid images
  package=$(ls "$feed"/StatementContent.0.*.nupkg)
  images=$(unzip -Z1 "$package" | sed -nE 's#^runtimes/([^/]+)/lib/net10\.0/StatementContent\.dll$#\1#p')
  echo "precompiled images: $(echo $images)"
  rid=$(dotnet msbuild "$root/src/StatementContent/StatementContent.csproj" -getProperty:NETCoreSdkPortableRuntimeIdentifier)
  grep -qx "$rid" <<<"$images" || { echo "no image for this machine's runtime $rid"; return 1; }
  cd "$work/ContentReader"
  cat >Program.cs <<'CS'
using System;
using System.IO;
using System.Reflection.PortableExecutable;
using StatementContent;
using StatementContent.Published;

// Which StatementContent.dll this default build loaded, relative to the app, and whether it carries precompiled code.
string path = typeof(Statement).Assembly.Location;
using var reader = new PEReader(File.OpenRead(path));
Console.WriteLine(Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'));
Console.WriteLine(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0 ? "ReadyToRun" : "IL only");
Console.WriteLine(Statements.CentralAsiaIdeologyBan.Paragraphs[0].Ru.Length > 0);
CS
  diff <(printf 'runtimes/%s/lib/net10.0/StatementContent.dll\nReadyToRun\nTrue\n' "$rid") <(dotnet run)

  # The packing setting is input too: a runtime .NET cannot precompile for is STC3006 at the project file, before building.
  local log="$work/readytorun-setting.log"
  if dotnet msbuild "$root/src/StatementContent/StatementContent.csproj" -nologo -t:StatementContentReadyToRunImages \
       -p:TargetFramework=net10.0 -p:StatementContentReadyToRunRuntimes=linux-x65 >"$log" 2>&1; then
    echo "an unknown runtime was accepted"; return 1
  fi
  cat "$log"
  grep -q "StatementContent.csproj : error STC3006: <StatementContentReadyToRunRuntimes> names linux-x65:" "$log"
  [ "$(grep -c ': error ' "$log")" -eq 1 ]
}

# One statement, id 'news', in English only: publisher $1, title $2; in the current folder.
news_content() {
  mkdir -p content/statements/news
  printf '{\n  "id": "news",\n  "published": "2025-06-01",\n  "publisher": { "en": "%s" }\n}\n' "$1" >content/statements/news/statement.json
  printf '# %s\n\nWe have news.\n' "$2" >content/statements/news/en.md
}

# A property in the project file's first PropertyGroup.
set_property() { sed -i "0,/<\/PropertyGroup>/s||  <$2>$3</$2>\n  </PropertyGroup>|" "$1"; grep -q "<$2>$3</$2>" "$1"; }

two_public_libraries() {
  mkdir -p "$work/shared" && cd "$work/shared"
  for lib in LibA LibB; do
    dotnet new classlib -n $lib
    (cd $lib && rm Class1.cs \
      && dotnet add package StatementContent.Generators && dotnet add package StatementContent \
      && set_property $lib.csproj StatementContentVisibility public && news_content "$lib" "News from $lib")
  done
  dotnet new console -n App
  cd App
  dotnet add reference ../LibA/LibA.csproj ../LibB/LibB.csproj
  dotnet add package StatementContent.Generators
  news_content App "News from App"
  printf '{\n  "strings": {\n    "Greeting": { "en": "Hello" }\n  }\n}\n' >content/strings.json
  cat >Program.cs <<'CS'
using App;                // the app's own (internal) Statements and UiStrings
using StatementContent;   // the runtime types: one Statement, one LocalizedText, from the package

Statement a = LibA.Statements.News;
LocalizedText b = LibB.Statements.News.Title;
Console.WriteLine(a.Title.En);
Console.WriteLine(b.En);
Console.WriteLine(Statements.News.Title.En);
Console.WriteLine(UiStrings.Greeting.En);
CS
  dotnet build -warnaserror >"$work/shared-build.log" 2>&1 || { cat "$work/shared-build.log"; return 1; }
  diff <(printf 'News from LibA\nNews from LibB\nNews from App\nHello\n') <(dotnet run --no-build)

  # The same library without the package: one located error, nothing generated behind it.
  cd "$work/shared"
  dotnet new classlib -n LibC
  cd LibC
  rm Class1.cs
  dotnet add package StatementContent.Generators
  set_property LibC.csproj StatementContentVisibility public
  news_content LibC "News from LibC"
  if dotnet build >"$work/libc-build.log" 2>&1; then cat "$work/libc-build.log"; echo "a public library built without the StatementContent package"; return 1; fi
  cat "$work/libc-build.log"
  grep -Eq 'LibC\.csproj\(1,1\): error STC3007: .*StatementContent package' "$work/libc-build.log"
  [ "$(grep -E ': (error|warning) ' "$work/libc-build.log" | sort -u | wc -l)" -eq 1 ]
}

readme_app_with_localization() {
  mkdir -p "$work/localized" && cd "$work/localized"
  readme_app
  dotnet add package StatementContent.Extensions.Localization
  dotnet build -warnaserror >"$work/localized-build.log" 2>&1 || { cat "$work/localized-build.log"; return 1; }
  diff <(readme_block output) <(dotnet run --no-build)
}

# The localizer's plural formats against ICU (node): every parameterized string of the content, in each of its languages.
localizer_formats() {
  command -v node >/dev/null || { echo "node is needed as the plural oracle (.ci/run installs it)"; return 1; }
  cd "$work"
  dotnet new web -n FormatsApp   # the ASP.NET Core framework brings DI and logging; the feed holds only our packages
  cd FormatsApp
  dotnet add package StatementContent.Extensions.Localization
  cat >Program.cs <<'CS'
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using StatementContent.Extensions.Localization;

// args: key, then language:count pairs; prints one text per pair.
var builder = WebApplication.CreateBuilder();
builder.Services.AddStatementContentLocalization();
var localizer = builder.Build().Services.GetRequiredService<IStringLocalizer<StatementStrings>>();
foreach (string pair in args.Skip(1))
{
    string[] parts = pair.Split(':');
    CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(parts[0]);
    LocalizedString text = localizer[args[0], int.Parse(parts[1], CultureInfo.InvariantCulture)];
    Console.WriteLine(text.ResourceNotFound ? "not found: " + text.Value : text.Value);
}
CS
  dotnet build -warnaserror >"$work/formats-build.log" 2>&1 || { cat "$work/formats-build.log"; return 1; }
  # Every string with plural forms, each language it has, counts 0-30, 99-112, 1000: what ICU says it must read.
  cat >oracle.js <<'JS'
const [file, invariant] = [process.argv[2], process.argv[3] === "invariant"];
const strings = JSON.parse(require("fs").readFileSync(file, "utf8")).strings;
const counts = [...Array(31).keys(), ...Array.from({ length: 14 }, (_, i) => 99 + i), 1000];
for (const [key, value] of Object.entries(strings)) {
  if (!Array.isArray(value.parameters) || !value.parameters.includes("count")) continue;
  const pairs = [], expected = [];
  for (const [language, forms] of Object.entries(value)) {
    if (typeof forms !== "object" || Array.isArray(forms) || forms === null) continue;
    const rules = new Intl.PluralRules(language);
    for (const n of counts) {
      pairs.push(language + ":" + n);
      const digits = n.toLocaleString(invariant ? "en-US" : language);
      expected.push((forms[rules.select(n)] ?? forms.other).split("{count}").join(digits));
    }
  }
  console.log(JSON.stringify({ key, pairs, expected }));
}
JS
  local cases=0
  for mode in culture invariant; do
    while IFS= read -r line; do
      key=$(node -e 'console.log(JSON.parse(process.argv[1]).key)' "$line")
      mapfile -t pairs < <(node -e 'JSON.parse(process.argv[1]).pairs.forEach(p => console.log(p))' "$line")
      if [ "$mode" = invariant ]; then
        got=$(DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=false dotnet bin/Debug/*/FormatsApp.dll "$key" "${pairs[@]}")
      else
        got=$(dotnet bin/Debug/*/FormatsApp.dll "$key" "${pairs[@]}")
      fi
      diff <(node -e 'JSON.parse(process.argv[1]).expected.forEach(t => console.log(t))' "$line") <(printf '%s\n' "$got") || { echo "$key ($mode) differs from ICU"; return 1; }
      cases=$((cases + ${#pairs[@]}))
    done < <(node oracle.js "$root/content/strings.json" "$mode")
  done
  echo "$cases texts agree with ICU"
  [ "$cases" -gt 0 ]
}

check a-library-from-local-feed library_app
check b-own-statements-per-readme own_statements_app
check c-broken-content-fails-with-located-diagnostic broken_content_build
check d-netstandard2.0-library-on-csharp-7.3 csharp73_library
check e-invalid-namespace-setting-is-located invalid_namespace_setting
check f-localizer-package-in-an-aspnetcore-app localizer_app
check p-readme-localized-app-serves-both-languages readme_localized_app
check g-readme-snapshot-recipe-catches-a-new-party readme_recipe
check h-content-lock-warns-and-fails-strict-builds strict_lock
check i-package-metadata-complete package_metadata
check j-statement-tool-installs-validates-and-diffs statement_tool
check k-library-package-runs-precompiled-by-default precompiled_library
check l-two-public-libraries-and-an-app-share-one-runtime two_public_libraries
check m-readme-app-with-the-localization-package readme_app_with_localization
check n-statement-tool-refuses-hostile-input statement_tool_hostile
check o-statement-tool-team-workflow-with-git statement_tool_team
check q-localizer-plural-formats-agree-with-icu localizer_formats
exit $fail
