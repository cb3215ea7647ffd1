#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Stevedore authors
# SPDX-License-Identifier: MIT
#
# check-package.sh SOURCE_DIR: builds the package (scripts/package), installs it with
# `dpkg --root` into a throw-away root, checks that its binary finds every library, runs
# `stevedore --version` and `stevedore demo` from there, validates the desktop file, the
# AppStream metadata, the icons, the man page and the completion scripts, removes the package
# and checks that nothing is left. Every problem fails it (exit 1); it never skips.
set -uo pipefail

src=$1
id=org.stevedore.Stevedore
failures=0
say() { echo "package test: $*"; }
fail() {
    echo "package test: FAILED: $*" >&2
    failures=$((failures + 1))
}
give_up() {
    fail "$@"
    exit 1
}

for tool in dpkg dpkg-deb ldd desktop-file-validate appstreamcli man bash zsh; do
    command -v "$tool" >/dev/null || give_up "$tool is missing (scripts/install-deps installs it)"
done

say "building the package"
deb=$("$src/scripts/package" | tail -n 1) || give_up "scripts/package failed"
[[ -f $deb ]] || give_up "scripts/package printed no package ('$deb')"
say "$deb"

work=$(mktemp -d /tmp/stevedore-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
admin=$root/var/lib/dpkg
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers" "$work/home"
touch "$admin/status" "$admin/available"
# The root holds no other package, so the dependencies are checked against this machine below
# instead; no maintainer scripts run (the package has none).
dpkg_root=(dpkg --root="$root" --log="$work/dpkg.log" --force-not-root --force-script-chrootless)

say "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libpq5 libsqlite3-0 libc6; do
    [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done
for field in Maintainer Section Description; do
    [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "no $field field"
done
# Every dependency is installed here (as a package or provided by one), so the binary below
# runs with exactly those libraries.
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}, ${Provides}\n' |
    awk '/^ii/ { $1 = ""; print }' | tr ',' '\n' | sed 's/^ *//; s/ .*//' | sort -u)
while read -r name; do
    grep -qxF "$name" <<<"$installed" || fail "dependency $name is not installed on this machine"
done < <(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ *|.*//; s/ .*//')

say "installing into $root"
"${dpkg_root[@]}" --force-depends -i "$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; give_up "dpkg -i failed"; }
[[ $(dpkg-query --admindir="$admin" -W -f='${db:Status-Abbrev}' stevedore) == ii* ]] ||
    fail "dpkg does not list stevedore as installed"

bin=$root/usr/bin/stevedore
[[ -x $bin ]] || give_up "no $bin"
missing=$(ldd "$bin" | grep 'not found')
[[ -z $missing ]] || fail "libraries not found: $missing"

say "running the installed binary"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
version=$("$bin" --version) || fail "stevedore --version failed"
[[ $version == "stevedore $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//') "* ]] ||
    fail "--version printed '$version'"
db=(--db "sqlite:$work/demo.sqlite")
"$bin" "${db[@]}" demo >"$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; fail "stevedore demo failed"; }
files=$("$bin" "${db[@]}" files --project demo --json) || fail "stevedore files failed"
[[ $(grep -o '"status":"imported"' <<<"$files" | wc -l) == 3 ]] || fail "demo did not import 3 files: $files"

say "the installed translations are the ones the binary loads"
for lang in de fr; do
    [[ -s $root/usr/share/stevedore/translations/stevedore_$lang.qm ]] ||
        fail "no stevedore_$lang.qm installed"
done
if command -v strace >/dev/null; then
    LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen STEVEDORE_STARTUP_TIMING=quit \
        strace -f -e trace=openat -o "$work/strace.log" "$bin" "${db[@]}" >/dev/null 2>&1 ||
        fail "the GUI did not start and quit offscreen"
    grep -q 'share/stevedore/translations/stevedore_de.qm", O_RDONLY' "$work/strace.log" ||
        fail "the GUI did not open the installed stevedore_de.qm"
fi

say "desktop file, AppStream metadata, icons"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
grep -q "^Icon=$id\$" "$root/usr/share/applications/$id.desktop" || fail "Icon is not $id"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/as.log" 2>&1 ||
    { cat "$work/as.log" >&2; fail "appstreamcli validate"; }
[[ -s $root/usr/share/icons/hicolor/scalable/apps/$id.svg ]] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    # A PNG's width and height are the big-endian words at bytes 16 and 20 (IHDR).
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" 2>/dev/null |
        awk '{ print ($1 * 16777216 + $2 * 65536 + $3 * 256 + $4), ($5 * 16777216 + $6 * 65536 + $7 * 256 + $8) }')
    [[ ${w:-} == "$size" && ${h:-} == "$size" ]] || fail "$png is not ${size}x${size} (${w:-?}x${h:-?})"
done

say "man page and completion"
man1=$root/usr/share/man/man1/stevedore.1.gz
MANWIDTH=80 man --warnings -E UTF-8 -l "$man1" >"$work/man.txt" 2>"$work/man.err" || fail "man -l failed"
[[ ! -s $work/man.err ]] || { cat "$work/man.err" >&2; fail "man -l warned"; }
for section in SYNOPSIS "GLOBAL OPTIONS" COMMANDS "EXIT STATUS"; do
    grep -q "^$section" "$work/man.txt" || fail "the man page has no $section section"
done
bash -c "source '$root/usr/share/bash-completion/completions/stevedore' && complete -p stevedore" \
    >/dev/null || fail "the bash completion does not load"
zsh -n "$root/usr/share/zsh/vendor-completions/_stevedore" || fail "the zsh completion does not parse"
for doc in README.md copyright changelog.Debian.gz; do
    [[ -s $root/usr/share/doc/stevedore/$doc ]] || fail "no /usr/share/doc/stevedore/$doc"
done

say "removing"
"${dpkg_root[@]}" --purge stevedore >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "dpkg --purge failed"; }
left=$(find "$root" -mindepth 1 -not -path "$root/var" -not -path "$root/var/lib" \
    -not -path "$admin" -not -path "$admin/*" -print)
[[ -z $left ]] || fail "left behind: $left"
[[ -z $(find "$admin/info" -name 'stevedore*') ]] || fail "dpkg still has stevedore's file lists"

if ((failures)); then
    say "$failures problem(s)"
    exit 1
fi
say "ok"
