# SPDX-FileCopyrightText: 2026 The Stevedore authors
# SPDX-License-Identifier: MIT
# STEVEDORE_GIT_COMMIT: the commit the source tree is checked out at, for the About dialog;
# "unknown" when the tree is no git checkout of its own (a tarball, also one unpacked inside
# another repository). Taken at configure time; a commit or checkout reconfigures, because the
# files git changes then are configure dependencies.
set(STEVEDORE_GIT_COMMIT unknown)
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        OUTPUT_VARIABLE _top OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
    if(_rc EQUAL 0 AND _top)
        file(REAL_PATH "${_top}" _top)
        file(REAL_PATH "${CMAKE_SOURCE_DIR}" _src)
    endif()
    if(_rc EQUAL 0 AND _top STREQUAL _src)
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
            WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
            OUTPUT_VARIABLE _commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
        if(_rc EQUAL 0 AND _commit)
            set(STEVEDORE_GIT_COMMIT ${_commit})
        endif()
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --symbolic-full-name HEAD
            WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
            OUTPUT_VARIABLE _ref OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        foreach(_name HEAD ${_ref} packed-refs)
            execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path ${_name}
                WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(_path AND EXISTS "${_path}")
                set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_path}")
            endif()
        endforeach()
    endif()
endif()
message(STATUS "Stevedore commit: ${STEVEDORE_GIT_COMMIT}")
