# Sourced by ./mvnw before Maven starts. POSIX sh.
#
# 1. Java: Vaadin 25 needs a JDK 21 or newer. If JAVA_HOME (or the `java` on the PATH)
#    is older, look for the newest JDK 21+ in the usual places and use it.
# 2. Node.js: Vaadin 25 needs Node 24 or newer for its frontend build. Vaadin downloads
#    Node from nodejs.org when it finds none; where that site is unreachable but the npm
#    registry is not, install Node 24 from the npm registry once into a cache folder
#    and put it first on the PATH (for Maven, the tests and the running exhibit).
#
# Set CABLES_ENV_QUIET=1 to silence the one-line notes this prints.

# The caller's -e, -u and -f, put back at the end (./mvnw sets all three; the load scripts do not set -f).
cables_caller_opts=$-
set +euf

cables_note() {
  [ "${CABLES_ENV_QUIET-}" = 1 ] || printf '[cables] %s\n' "$*" >&2
}

# Major version of the JDK in directory $1 (reads its `release` file; no JVM start).
cables_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1)
  case "$v" in 1) v=8 ;; '') v=0 ;; esac
  echo "$v"
}

cables_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(cables_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(cables_jdk_major "$home")" -ge 21 ]; then
      return 0
    fi
  fi
  best=""
  best_major=0
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/java/* \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] || continue
    m=$(cables_jdk_major "$dir")
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then
      best="$dir"
      best_major="$m"
    fi
  done
  if [ -z "$best" ]; then
    echo "[cables] No JDK 21 or newer found. Install one (for example 'apt-get install openjdk-21-jdk')" >&2
    echo "[cables] or set JAVA_HOME to it, then run the command again." >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
  cables_note "using JDK $best_major at $JAVA_HOME"
}

cables_node_major() {
  "$1" --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p'
}

cables_find_node() {
  [ "${CABLES_SKIP_NODE-}" = 1 ] && return 0
  if command -v node >/dev/null 2>&1; then
    m=$(cables_node_major node)
    [ -n "$m" ] && [ "$m" -ge 24 ] && return 0
  fi
  # Node that Vaadin installed itself on an earlier run.
  if [ -x "$HOME/.vaadin/node/node" ]; then
    m=$(cables_node_major "$HOME/.vaadin/node/node")
    [ -n "$m" ] && [ "$m" -ge 24 ] && return 0
  fi
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/cables/node24"
  if [ ! -x "$cache/node" ] || [ ! -f "$cache/node_modules/npm/bin/npm-cli.js" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      # No npm to fetch Node with: Vaadin will download Node itself.
      return 0
    fi
    cables_note "installing Node.js 24 from the npm registry into $cache (once)"
    mkdir -p "$cache/pkg"
    if ! npm install --prefix "$cache/pkg" --no-audit --no-fund --no-save --loglevel=error \
        node@24 npm@11 >"$cache/install.log" 2>&1; then
      cables_note "could not install Node.js 24 from the npm registry (see $cache/install.log);"
      cables_note "Vaadin will try to download Node.js itself"
      return 0
    fi
    mkdir -p "$cache/node_modules"
    ln -sfn "$cache/pkg/node_modules/node/bin/node" "$cache/node"
    ln -sfn "$cache/pkg/node_modules/npm" "$cache/node_modules/npm"
    # npm and npx commands next to node, for tools that look for them on the PATH.
    cat >"$cache/npm" <<EOF
#!/bin/sh
exec "$cache/node" "$cache/node_modules/npm/bin/npm-cli.js" "\$@"
EOF
    cat >"$cache/npx" <<EOF
#!/bin/sh
exec "$cache/node" "$cache/node_modules/npm/bin/npx-cli.js" "\$@"
EOF
    chmod +x "$cache/npm" "$cache/npx"
  fi
  m=$(cables_node_major "$cache/node")
  if [ -n "$m" ] && [ "$m" -ge 24 ]; then
    PATH="$cache:$PATH"
    export PATH
    cables_note "using Node.js $("$cache/node" --version) from $cache"
  fi
}

cables_find_jdk
cables_find_node

# Maven's own libraries call sun.misc.Unsafe, which JDK 24+ warns about at every start.
if [ "$(cables_jdk_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS-}" in
    *sun-misc-unsafe-memory-access*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
  esac
fi

case $cables_caller_opts in *e*) set -e ;; esac
case $cables_caller_opts in *u*) set -u ;; esac
case $cables_caller_opts in *f*) set -f ;; esac
unset cables_caller_opts
