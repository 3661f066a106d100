#!/usr/bin/env bash
# Runs a test runner (and every browser and WebDriver server it starts) in a process group of its own,
# and kills that whole group when the runner ends, fails, is interrupted (Ctrl-C, SIGTERM, SIGHUP) or runs
# past RUN_TIMEOUT seconds (default 1800). A hung test used to leave Chromium spinning after its runner was
# gone, slowing every later run on the machine; here nothing the runner started outlives this script.
# Usage: tools/run_group.sh <command> [args...]   (exit status: the runner's, 124 on timeout, 130 if stopped)
set -uo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

# setsid makes the runner the leader of a new session and process group (its PID is the group's id), so
# the group holds the runner's descendants only, never this script, make or the terminal. `timeout` kills
# the same group when the runner runs too long, then SIGKILLs it 10 s later if it still stands.
setsid timeout --kill-after=10 "${RUN_TIMEOUT:-1800}" "$@" &
group=$!

stop_group() {
  kill -TERM -- "-${group}" 2>/dev/null || return 0
  # Browsers get a moment to close their profiles; whatever still stands is killed.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 -- "-${group}" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-${group}" 2>/dev/null || true
}
trap stop_group EXIT
trap 'exit 130' INT TERM HUP

wait "${group}"
status=$?
if [ "${status}" -eq 124 ]; then
  echo "run_group: $1 ran past ${RUN_TIMEOUT:-1800} s: stopped with everything it started" >&2
fi
exit "${status}"
