#!/usr/bin/env bash
# Makes sure the machine has what the local run and the tests start: a JDK 17+, PostgreSQL server binaries,
# Python moto (moto_server), Node.js with npm (the web build) and Chromium (the browser tests). Installs what is
# missing when it can (Debian packages as root), else says how.
set -euo pipefail

need_apt=()

if ! command -v java >/dev/null 2>&1; then
  need_apt+=(openjdk-17-jdk-headless)
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  need_apt+=(postgresql)
fi

# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool); the web build needs Node 20+.
if ! command -v chromium >/dev/null 2>&1; then
  need_apt+=(chromium)
fi
# A CJK font, so zh-CN pages and their screenshots show Chinese rather than empty boxes.
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  need_apt+=(fonts-wqy-microhei)
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  need_apt+=(nodejs npm)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "setup: missing ${need_apt[*]}; install them (e.g. sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
fi

if ! command -v moto_server >/dev/null 2>&1 && ! python3 -c 'import moto.server' >/dev/null 2>&1; then
  echo "setup: moto_server not found; installing Python moto"
  if ! python3 -m pip install --quiet 'moto[server]'; then
    echo "setup: could not install moto. Install it with: python3 -m pip install 'moto[server]'" >&2
    exit 1
  fi
fi
