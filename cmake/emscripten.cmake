# The web app (Emscripten only): the wasm entry point, the font subsets, and the static site assembled in
# ${CMAKE_BINARY_DIR}/site. Dear ImGui and ui/ come from cmake/imgui.cmake and ui/.

set(APP_LINK_OPTIONS
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sDYNAMIC_EXECUTION=0 -sENVIRONMENT=web
  -sFILESYSTEM=0 -sEXIT_RUNTIME=0 -sMALLOC=emmalloc
  "-sEXPORTED_FUNCTIONS=_main,_malloc,_free"
  "-sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8,addRunDependency,removeRunDependency"
  --closure 0)
add_executable(app ${CMAKE_SOURCE_DIR}/wasm/main_web.cpp ${CMAKE_SOURCE_DIR}/wasm/frame_schedule.cpp
                   ${CMAKE_SOURCE_DIR}/wasm/platform_web.cpp ${CMAKE_SOURCE_DIR}/wasm/glyph_fallback.cpp
                   ${CMAKE_SOURCE_DIR}/wasm/draw_fingerprint.cpp)
target_link_libraries(app PRIVATE assess_ui assess_policy_data)
# No file system in the page (-sFILESYSTEM=0: ~45 KB of JavaScript, ~12 KB gzipped): the fonts reach the app as
# bytes (platform::font_file), and ImGui's file functions (an .ini file the app never writes, logging to a file)
# are left out. Printing to the console still works. emmalloc, Emscripten's small allocator, instead of dlmalloc:
# ~3 KB gzipped less; a frame allocates little.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS)
assess_warnings(app)
set_target_properties(app PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/site)
target_link_options(app PRIVATE ${APP_LINK_OPTIONS})
# Size first for what the browser downloads before the first frame: the entry point, the screens, Dear ImGui and
# the QR encoder at -Oz, and the app's link (Binaryen's wasm-opt) at -Oz rather than the release -O3, whose
# inlining made one function of the frame loop 110 KB. The core keeps -O3 (evaluation, and the wasm `assess`).
# Measured: README, "Performance".
# No RTTI there either (nothing asks a type its name: no typeid, no dynamic_cast, no exceptions in the web build):
# the type names of every class with a vtable stay out of the download. And link-time optimisation across them
# (the LTO variants of Emscripten's libraries are in Debian's frozen cache): the screens' small functions and
# their request and dialog variants fold together, 4.3 KB gzip less than without (309.9 against 314.2 KB of
# app.wasm, measured on 8 Dec); the core, linked as ordinary objects, is left as it is.
foreach(target app assess_ui imgui qrcodegen)
  target_compile_options(${target} PRIVATE -Oz -fno-rtti -flto)
endforeach()
target_link_options(app PRIVATE -Oz -flto)

# Fonts: cut from the installed Debian font at build time. start.otf holds what the first frame draws: the
# policy's identity and disclaimer, and the UI strings marked "start_page" in ui/ui-strings.json, which are every
# string the header and the start screen show in any mode (ui/header_bar.cpp and ui/start_screen.cpp); and what the
# first tap shows on a phone: the policy's gates and the strings of the first step (also marked "start_page").
# tests/browser/fonts.test.mjs checks that the start page, and first-visit.test.mjs that the first step on a
# phone, ask the device for no glyph while only start.otf is in.
set(NOTO_CJK /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc)
set(FONT_TEXTS ${ASSESS_POLICY_FILE} ${CMAKE_SOURCE_DIR}/ui/ui-strings.json ${CMAKE_SOURCE_DIR}/core/internal/messages.def)
set(FONT_FILES ${CMAKE_BINARY_DIR}/site/fonts/start.otf ${CMAKE_BINARY_DIR}/site/fonts/initial.otf
  ${CMAKE_BINARY_DIR}/site/fonts/full.otf)
add_custom_command(OUTPUT ${FONT_FILES}
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/cmake/make_font_subsets.py ${NOTO_CJK} 2 ${CMAKE_BINARY_DIR}/site/fonts
    ${ASSESS_POLICY_FILE} ${CMAKE_SOURCE_DIR}/ui/ui-strings.json ${FONT_TEXTS}
  DEPENDS ${CMAKE_SOURCE_DIR}/cmake/make_font_subsets.py ${FONT_TEXTS}
  COMMENT "Cutting the Noto Sans CJK SC subsets")

# The site: public/ as shipped, plus what the build makes: the app shell written into index.html (the start page
# as plain HTML from the policy and the UI strings, cmake/make_app_shell.py), the minified boot.js.
file(GLOB_RECURSE PUBLIC_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/public/*)
# Then the offline cache's worker (sw.js), which lists every file and carries a hash of them all as its version,
# and a Brotli and a gzip copy of every file compression makes smaller, which servers send as they are
# (cmake/precompress.py; scripts/serve.py; docs/modes.md, "Deploying").
add_custom_target(site ALL
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/public ${CMAKE_BINARY_DIR}/site
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/cmake/make_app_shell.py ${CMAKE_SOURCE_DIR}/public/index.html
    ${ASSESS_POLICY_FILE} ${CMAKE_SOURCE_DIR}/ui/ui-strings.json ${CMAKE_BINARY_DIR}/site/index.html
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/cmake/minify_js.py ${EMSCRIPTEN_ROOT_PATH} ${CMAKE_SOURCE_DIR}/public/boot.js
    ${CMAKE_BINARY_DIR}/site/boot.js
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/cmake/make_service_worker.py ${CMAKE_SOURCE_DIR}/cmake/service_worker.js.in
    ${CMAKE_BINARY_DIR}/site
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/cmake/precompress.py ${CMAKE_BINARY_DIR}/site
  DEPENDS app ${FONT_FILES} ${PUBLIC_FILES} ${CMAKE_SOURCE_DIR}/cmake/make_service_worker.py
    ${CMAKE_SOURCE_DIR}/cmake/minify_js.py ${CMAKE_SOURCE_DIR}/cmake/precompress.py
    ${CMAKE_SOURCE_DIR}/cmake/make_app_shell.py ${ASSESS_POLICY_FILE} ${CMAKE_SOURCE_DIR}/ui/ui-strings.json
    ${CMAKE_SOURCE_DIR}/cmake/service_worker.js.in
  COMMENT "Assembling the site in ${CMAKE_BINARY_DIR}/site")

# The single-file app: one self-contained .html for file:// or a USB stick (cmake/make_single_file.py).
set(SINGLE_FILE_HTML ${CMAKE_BINARY_DIR}/single/suzhou-ai-assess.html)
add_custom_command(OUTPUT ${SINGLE_FILE_HTML}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/single
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/cmake/make_single_file.py ${CMAKE_BINARY_DIR}/site/index.html
    ${CMAKE_SOURCE_DIR}/public/app.css ${CMAKE_BINARY_DIR}/site/boot.js ${CMAKE_BINARY_DIR}/site/app.js
    ${CMAKE_BINARY_DIR}/site/app.wasm ${CMAKE_BINARY_DIR}/site/fonts ${CMAKE_SOURCE_DIR}/public/icon.svg ${SINGLE_FILE_HTML}
  DEPENDS app site ${CMAKE_SOURCE_DIR}/cmake/make_single_file.py ${CMAKE_SOURCE_DIR}/public/index.html
    ${CMAKE_SOURCE_DIR}/public/app.css ${CMAKE_SOURCE_DIR}/public/boot.js ${CMAKE_SOURCE_DIR}/public/icon.svg
    ${FONT_FILES}
  COMMENT "Building the single-file app ${SINGLE_FILE_HTML}")
add_custom_target(single_file ALL DEPENDS ${SINGLE_FILE_HTML})
