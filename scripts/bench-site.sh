#!/usr/bin/env bash
# The reader's site under load (issue 4, "Measured"): an anonymous reader's article page,
# a subscriber's article page, and nginx serving the same HTML as a static file, in the
# same run on the same machine, with wrk. Also 1,000 connections against the site (it
# must answer without errors) and the site's peak memory (VmHWM) over the whole run.
# Results go in docs/PERFORMANCE.md, "Site".
#
# Needs: wrk and nginx (Debian: `apt-get install wrk nginx-light`). Not part of
# `make test`: it takes about two minutes and wants the machine to itself.
# Usage: scripts/bench-site.sh [seconds per run, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
say() { printf 'bench: %s\n' "$*" >&2; }
for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { say "$tool is missing (apt-get install wrk nginx-light curl)"; exit 1; }
done

cargo build --release -q -p dateline-site
target=${CARGO_TARGET_DIR:-target}
site_bin="$target/release/dateline-site"

work=$(mktemp -d /tmp/dateline-bench.XXXXXX)
# nginx's workers run as an unprivileged user and must read the page.
chmod 755 "$work"
site_pid= nginx_pid=
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
[ -n "${BENCH_KEEP:-}" ] && trap - EXIT

port=18480 nginx_port=18481
url="http://127.0.0.1:$port"
data="$work/site"
"$site_bin" init --data "$data" --config tests/fixtures/publication/site.toml >/dev/null
token=$("$site_bin" token create --data "$data" --role editor --label bench)
printf 'correct horse battery staple\n' |
  "$site_bin" subscriber add --data "$data" --email reader@example.org >/dev/null
"$site_bin" subscriber grant --data "$data" --email reader@example.org --tier premium >/dev/null

if curl -s -o /dev/null "$url/healthz" || curl -s -o /dev/null "http://127.0.0.1:$nginx_port/"; then
  say "port $port or $nginx_port is already in use (a kept run from BENCH_KEEP=1?)"; exit 1
fi
RUST_LOG=warn "$site_bin" serve --data "$data" --listen "127.0.0.1:$port" --base-url "$url" \
  >"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 100); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

# A paid article of about 2,000 words (a long read), written here from a word list.
python3 - "$work/article.json" <<'PY'
import json, random, sys
random.seed(7)
words = ("the harbour council said on tuesday that the new berths would open in spring "
         "after a winter of repairs while ferry crews and residents waited for the budget "
         "vote that decides how many pilots the port can keep on the night shift").split()
def paragraph(n):
    s = " ".join(random.choice(words) for _ in range(n))
    return s[0].upper() + s[1:] + "."
paras = [paragraph(random.randint(60, 110)) for _ in range(24)]
body = "\n\n".join(paras[:3]) + "\n\n<!-- paywall -->\n\n" + "\n\n".join(
    ("## " + paragraph(5) + "\n\n" if i % 6 == 0 else "") + p for i, p in enumerate(paras[3:]))
json.dump({"source_locale": "en-US", "section": "world", "tags": ["ports"],
           "byline": "Bench Writer", "source_url": None, "tier": "supporter",
           "publish_at": None, "texts": [{"locale": "en-US", "slug": "bench-long-read",
           "title": "The long read on the harbour's winter", "standfirst":
           "Repairs, budgets and the night shift.", "body": body}]},
          open(sys.argv[1], "w"))
PY
curl -fsS -o /dev/null -X PUT "$url/api/v1/articles/0193a0c4-7e21-7a10-8c4e-2f1b5d9eb001" \
  -H @<(printf 'Authorization: Bearer %s\n' "$token") \
  -H "Content-Type: application/json" -H "Idempotency-Key: bench-1" \
  --data-binary @"$work/article.json"
unset token
page="$url/en-US/world/bench-long-read"

# The subscriber's session: the sign-in form's CSRF cookie and token, then the form.
jar="$work/cookies"
form=$(curl -fsS -c "$jar" "$url/en-US/account/signin")
csrf=$(printf '%s' "$form" | python3 -c 'import re,sys; print(re.search(r"name=\"csrf\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
curl -fsS -o /dev/null -b "$jar" -c "$jar" "$url/en-US/account/signin" \
  --data-urlencode "email=reader@example.org" \
  --data-urlencode "password=correct horse battery staple" \
  --data-urlencode "csrf=$csrf" --data-urlencode "next=/en-US/"
# curl writes HttpOnly cookies as "#HttpOnly_host ..." lines.
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
sub_html=$(curl -fsS -H "Cookie: $cookie" "$page")
anon_html=$(curl -fsS "$page")
[ "${#sub_html}" -gt "${#anon_html}" ] || { say "the subscriber does not see more than an anonymous reader; sign-in failed?"; exit 1; }

# nginx serving the anonymous page as a static file.
mkdir -p "$work/www" "$work/nginx"
printf '%s' "$anon_html" >"$work/www/article.html"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  types { text/html html; }
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
NGINX
nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$nginx_port/article.html" >/dev/null 2>&1 && break; sleep 0.1; done

ulimit -n 65536 2>/dev/null || true
run() { # name, connections, extra wrk args...
  local name=$1 conns=$2; shift 2
  say "$name: $conns connections, ${secs}s"
  wrk -t2 -c"$conns" -d"${secs}s" --latency "$@" >"$work/$name.txt" 2>&1 || true
  python3 - "$name" "$conns" "$work/$name.txt" <<'PY'
import re, sys
name, conns, path = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(path).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
p99 = re.search(r"^\s+99%\s+(\S+)", t, re.M)
p50 = re.search(r"^\s+50%\s+(\S+)", t, re.M)
errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", t))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(f"| {name} | {conns} | {float(rps.group(1)) if rps else 0:,.0f} | {p50.group(1) if p50 else '?'} | {p99.group(1) if p99 else '?'} | {errors} | {non2xx.group(1) if non2xx else 0} |")
PY
}
size=$(printf '%s' "$anon_html" | wc -c)
echo "page: $size bytes (anonymous), $(printf '%s' "$sub_html" | wc -c) bytes (subscriber); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "| what | connections | requests/s | p50 | p99 | socket errors | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|---:|"
run nginx-static 64 "http://127.0.0.1:$nginx_port/article.html"
run site-anonymous 64 "$page"
run site-subscriber 64 -H "Cookie: $cookie" "$page"
# The site's resident memory while the 1,000 connections are open, sampled every 0.1 s.
( peak=0; while kill -0 "$site_pid" 2>/dev/null && [ ! -e "$work/stop-sampling" ]; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$site_pid/status); [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    echo "$peak" >"$work/rss-peak"; sleep 0.1; done ) &
sampler=$!
run site-anonymous-1000 1000 "$page"
touch "$work/stop-sampling"; wait "$sampler" 2>/dev/null || true
echo "site memory under 1,000 connections (peak VmRSS): $(cat "$work/rss-peak") kB"
echo "site peak memory over the whole run, sign-in included (VmHWM): $(awk '/VmHWM/ {print $2, $3}' /proc/$site_pid/status)"
