#!/usr/bin/env bash
# What a user gets from `cmake --install` and from the .deb: a bslc that runs
# from its installed place, its man page and completions, each naming every
# subcommand the binary lists. Run by ctest (tests/CMakeLists.txt):
#   install_test.sh BUILD_DIR SOURCE_DIR [deb]
# With `deb`, builds the package with cpack and checks its contents and
# dependencies instead; exits 77 (ctest: skipped) when cpack or
# dpkg-shlibdeps is missing.
set -euo pipefail
build="$(cd "$1" && pwd)"
src="$(cd "$2" && pwd)"
mode="${3:-install}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

subcommands() {  # the subcommands `bslc --help` lists
  "$1" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'
}

if [[ "$mode" == deb ]]; then
  command -v cpack >/dev/null && command -v dpkg-shlibdeps >/dev/null && command -v dpkg-deb >/dev/null || {
    echo "SKIP: cpack, dpkg-shlibdeps or dpkg-deb not installed (apt-get install dpkg-dev)"; exit 77; }
  (cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1) ||
    { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
  deb="$(ls "$tmp"/pkg/bslc_*.deb)" || fail "no .deb produced"
  contents="$(dpkg-deb -c "$deb")"
  for f in ./usr/bin/bslc ./usr/share/man/man1/bslc.1 ./usr/share/bash-completion/completions/bslc \
           ./usr/share/zsh/site-functions/_bslc ./usr/share/doc/bslc/diagnostics.md; do
    grep -q " $f\$" <<<"$contents" || fail ".deb lacks $f"
  done
  depends="$(dpkg-deb -f "$deb" Depends)"
  for lib in libantlr4-runtime libyaml-cpp libfmt; do
    grep -q "$lib" <<<"$depends" || fail ".deb does not depend on $lib: $depends"
  done
  dpkg-deb -x "$deb" "$tmp/root"
  "$tmp/root/usr/bin/bslc" --version | grep -Eq '^bslc [0-9]+\.[0-9]+\.[0-9]+ \(git [0-9a-f]+(-dirty)?|unknown\)' ||
    fail "packaged bslc --version"
  echo "ok: $(basename "$deb"), Depends: $depends"
  exit 0
fi

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || { cat "$tmp/install.log" >&2; fail "cmake --install"; }
bslc="$tmp/prefix/bin/bslc"
[[ -x "$bslc" ]] || fail "bin/bslc not installed"
version="$("$bslc" --version)"
[[ "$version" =~ ^bslc\ [0-9]+\.[0-9]+\.[0-9]+\ \(git\ ([0-9a-f]{12}(-dirty)?|unknown)\)$ ]] || fail "--version: $version"

# Runs outside the source tree, with the embedded stdlib.
mkdir "$tmp/work"
cp "$src/examples/phi-records/records.bsl" "$tmp/work/"
(cd "$tmp/work" && "$bslc" check records.bsl 2>/dev/null && "$bslc" test records.bsl >/dev/null) ||
  fail "installed bslc cannot check and test an example"

man="$tmp/prefix/share/man/man1/bslc.1"
bash_c="$tmp/prefix/share/bash-completion/completions/bslc"
zsh_c="$tmp/prefix/share/zsh/site-functions/_bslc"
fish_c="$tmp/prefix/share/fish/vendor_completions.d/bslc.fish"
for f in "$man" "$bash_c" "$zsh_c" "$fish_c" "$tmp/prefix/share/doc/bslc/diagnostics.md"; do
  [[ -s "$f" ]] || fail "not installed: ${f#$tmp/prefix/}"
done
for sub in $(subcommands "$bslc"); do
  roff="$(printf '%s' "$sub" | sed 's/-/\\-/g')"  # dump-ast is written dump\-ast in roff
  grep -qxF ".B $roff" "$man" || fail "man page has no section for $sub"
  grep -qw -- "$sub" "$bash_c" || fail "bash completion lacks $sub"
  grep -q "'$sub:" "$zsh_c" || fail "zsh completion lacks $sub"
  grep -q -- "-a $sub " "$fish_c" || fail "fish completion lacks $sub"
done
# bash: completing `bslc ch` offers check; `bslc check --we` offers --werror.
out="$(bash -c "source '$bash_c'; COMP_WORDS=(bslc ch); COMP_CWORD=1; _bslc; echo \"\${COMPREPLY[*]}\"")"
[[ "$out" == check ]] || fail "bash completion of 'bslc ch': $out"
out="$(bash -c "source '$bash_c'; COMP_WORDS=(bslc check --we); COMP_CWORD=2; _bslc; echo \"\${COMPREPLY[*]}\"")"
[[ "$out" == --werror ]] || fail "bash completion of 'bslc check --we': $out"
echo "ok: installed $version with man page and completions"
