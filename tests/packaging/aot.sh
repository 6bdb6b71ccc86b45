#!/usr/bin/env bash
# NativeAOT check: publishes the CLI (which uses the StatementContent library) with PublishAot (-p:StatementAot=true), fails on
# any trim/AOT warning, runs the native binary and checks its output.
#   --measure  also publishes the framework-dependent build and prints sizes and median start-up times
#              (20 runs each) as a Markdown table, for docs/benchmarks.md. Not run in CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64|arm64) rid=linux-arm64 ;;
  *) echo "aot check: no NativeAOT RID for $(uname -m)"; exit 1 ;;
esac

if ! dotnet publish "$root/src/StatementContent.Cli" -c Release -r "$rid" -p:StatementAot=true -o "$out/aot" >"$out/aot.log" 2>&1; then
  cat "$out/aot.log"; echo "aot check: FAILED (publish)"; exit 1
fi
if grep -Eq 'warning (IL[0-9]+|AOT)' "$out/aot.log"; then
  grep -E 'warning (IL[0-9]+|AOT)' "$out/aot.log"; echo "aot check: FAILED (trim/AOT warnings)"; exit 1
fi

output=$("$out/aot/statement" show --culture ru)
if ! grep -qx 'Нет запрету коммунистической идеологии в республиках Центральной Азии!' <<<"$output" \
   || ! grep -q '^  19\. Коммунистическая партия Венесуэлы$' <<<"$output" \
   || ! grep -q '^  2\. Коммунистический фронт Италии$' <<<"$output"; then
  echo "$output"; echo "aot check: FAILED (native binary output)"; exit 1
fi
echo "aot check: passed (native binary $(du -k "$out/aot/statement" | cut -f1) KiB, no trim/AOT warnings)"

[ "${1:-}" = "--measure" ] || exit 0

dotnet publish "$root/src/StatementContent.Cli" -c Release -r "$rid" --self-contained false -o "$out/fd" >"$out/fd.log" 2>&1 || { cat "$out/fd.log"; exit 1; }

median_ms() { # command...: median wall time of 20 runs, in milliseconds
  local times=()
  for _ in $(seq 20); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", (a[10]+a[11])/2/1000}'
}
"$out/aot/statement" show --culture ru >/dev/null; "$out/fd/statement" show --culture ru >/dev/null   # warm the file cache
aot_ms=$(median_ms "$out/aot/statement" show --culture ru)
fd_ms=$(median_ms "$out/fd/statement" show --culture ru)
aot_kib=$(du -k "$out/aot/statement" | cut -f1)
fd_kib=$(du -ck "$out/fd"/statement "$out/fd"/*.dll | tail -1 | cut -f1)
echo
echo "| build | size on disk | median start-up to full output (20 runs) |"
echo "|---|---|---|"
echo "| NativeAOT ($rid) | $aot_kib KiB (one file, no runtime needed) | $aot_ms ms |"
echo "| framework-dependent | $fd_kib KiB (apphost + dlls, plus the shared .NET runtime) | $fd_ms ms |"
awk -v a="$aot_ms" -v f="$fd_ms" 'BEGIN {printf "\nstart-up ratio: NativeAOT is %.1fx faster\n", f/a}'
