# SPDX-FileCopyrightText: 2026 The Stevedore authors
# SPDX-License-Identifier: MIT
# The Debian package (`scripts/package`, or `cpack` in a build tree): what `cmake --install`
# lays out under /usr, with dependencies found by dpkg-shlibdeps.
set(STEVEDORE_PACKAGE_MAINTAINER "The Stevedore authors <stevedore@example.org>"
    CACHE STRING "Maintainer field of the Debian package")

# Debian wants the licence in /usr/share/doc/PACKAGE/copyright (machine-readable format) and
# a gzip'ed changelog.Debian there.
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${CMAKE_BINARY_DIR}/package/copyright @ONLY)
string(TIMESTAMP _date "%a, %d %b %Y %H:%M:%S +0000" UTC) # honours SOURCE_DATE_EPOCH
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.Debian.in
               ${CMAKE_BINARY_DIR}/package/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/package/changelog.Debian.gz
    COMMAND gzip -9nkf ${CMAKE_BINARY_DIR}/package/changelog.Debian
    DEPENDS ${CMAKE_BINARY_DIR}/package/changelog.Debian VERBATIM)
add_custom_target(stevedore_package_docs ALL
    DEPENDS ${CMAKE_BINARY_DIR}/package/changelog.Debian.gz)
install(FILES ${CMAKE_BINARY_DIR}/package/copyright ${CMAKE_BINARY_DIR}/package/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The package is built outside Debian's archive, so its first changelog entry closes no ITP bug.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME stevedore)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stevedore)
set(CPACK_PACKAGE_VENDOR "The Stevedore authors")
set(CPACK_PACKAGE_CONTACT "${STEVEDORE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STEVEDORE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQL drivers, and the platform
# plugins beyond the offscreen one (libqt6gui6 ships xcb; Wayland is qt6-wayland).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operators' console for a data-import database")
# The extended description; CPack indents it and writes the empty line as " .".
set(CPACK_PACKAGE_DESCRIPTION "Stevedore imports CSV and other delimited text files into projects, where
every record lands in a database: embedded SQLite, or a PostgreSQL primary
with streaming read replicas, optionally behind PgBouncer.

Imports run in batches with committed checkpoints, so they resume after a
crash without losing or duplicating a record. The desktop application
browses projects, files and records, edits the global schema and per-file
column mappings, and charts what the database is doing; the stevedore
command does the same headless, for scripts.")
include(CPack)
