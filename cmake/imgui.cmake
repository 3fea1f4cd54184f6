# Dear ImGui from its Debian source package (fetched by scripts/setup into .cache/imgui): the core for every
# build (the UI is tested natively, headless), plus the GLFW/WebGL2 backends for the web build.
set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/.cache/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.h)
  message(FATAL_ERROR "Dear ImGui source not found in ${IMGUI_DIR}: run scripts/setup")
endif()
set(IMGUI_DRAW ${IMGUI_DIR}/imgui_draw.cpp)
if(EMSCRIPTEN)
  # The web app always gives the atlas its own fonts (wasm/main_web.cpp; the page starts it only once the first
  # font file is in), so ImGui's built-in ProggyClean font, which ImFontAtlas::Build() adds to an atlas without
  # fonts, would be ~12 KB of the wasm (~9 KB gzipped) never used. The web build compiles a copy of
  # imgui_draw.cpp where Build() asserts instead, so the linker drops that font; the build stops if an upgraded
  # source no longer has the line. Native builds (the headless UI tests use the default font) are unchanged.
  file(READ ${IMGUI_DRAW} IMGUI_DRAW_SOURCE)
  set(IMGUI_DEFAULT_FONT "    if (ConfigData.Size == 0)\n        AddFontDefault();\n")
  string(FIND "${IMGUI_DRAW_SOURCE}" "${IMGUI_DEFAULT_FONT}" IMGUI_DEFAULT_FONT_AT)
  if(IMGUI_DEFAULT_FONT_AT EQUAL -1)
    message(FATAL_ERROR "${IMGUI_DRAW}: ImFontAtlas::Build()'s AddFontDefault() line was not found (a new ImGui?): "
                        "update cmake/imgui.cmake")
  endif()
  string(REPLACE "${IMGUI_DEFAULT_FONT}" "    IM_ASSERT(ConfigData.Size > 0 && \"the web app adds its own fonts\");\n"
         IMGUI_DRAW_SOURCE "${IMGUI_DRAW_SOURCE}")
  file(WRITE ${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp.new "${IMGUI_DRAW_SOURCE}")
  configure_file(${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp.new ${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp COPYONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${IMGUI_DIR}/imgui_draw.cpp)
  set(IMGUI_DRAW ${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp)
  # A full frame of the web app (wasm/main_web.cpp) logs the text of every window to a buffer: the characters
  # the fonts lack are drawn from the device's fonts, and ImGui does not skip off-screen items while logging,
  # so the widget registry lists the whole screen. ImGui 1.90 ends logging at the first top-level window's
  # End() ("FIXME: add more options for scope of logging"); the copy compiled here leaves the end to the
  # frame loop (LogFinish after the frame). The build stops if an upgraded source no longer has the line.
  file(READ ${IMGUI_DIR}/imgui.cpp IMGUI_CORE_SOURCE)
  set(IMGUI_LOG_SCOPE "    if (!(window->Flags & ImGuiWindowFlags_ChildWindow))    // FIXME: add more options for scope of logging\n        LogFinish();\n")
  string(FIND "${IMGUI_CORE_SOURCE}" "${IMGUI_LOG_SCOPE}" IMGUI_LOG_SCOPE_AT)
  if(IMGUI_LOG_SCOPE_AT EQUAL -1)
    message(FATAL_ERROR "${IMGUI_DIR}/imgui.cpp: End()'s LogFinish() line was not found (a new ImGui?): update cmake/imgui.cmake")
  endif()
  string(REPLACE "${IMGUI_LOG_SCOPE}" "    // (logging ends in the frame loop: cmake/imgui.cmake)\n" IMGUI_CORE_SOURCE "${IMGUI_CORE_SOURCE}")
  file(WRITE ${CMAKE_BINARY_DIR}/imgui/imgui.cpp.new "${IMGUI_CORE_SOURCE}")
  configure_file(${CMAKE_BINARY_DIR}/imgui/imgui.cpp.new ${CMAKE_BINARY_DIR}/imgui/imgui.cpp COPYONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${IMGUI_DIR}/imgui.cpp)
  set(IMGUI_CORE ${CMAKE_BINARY_DIR}/imgui/imgui.cpp)
else()
  set(IMGUI_CORE ${IMGUI_DIR}/imgui.cpp)
endif()
add_library(imgui STATIC
  ${IMGUI_CORE} ${IMGUI_DRAW} ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
if(EMSCRIPTEN)
  target_sources(imgui PRIVATE ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
endif()
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# IMGUI_ENABLE_TEST_ENGINE: the item hooks feed ui/item_registry (widget positions for tests and a11y).
# IMGUI_USE_WCHAR32: ImWchar holds any Unicode scalar value, so a name with characters beyond U+FFFF (CJK
# Extension B and later, emoji) is typed, kept and drawn as it is; with 16-bit ImWchar ImGui turns each into
# U+FFFD. Native and web alike, so the headless UI tests see what the page does.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS IMGUI_ENABLE_TEST_ENGINE
                                        IMGUI_USE_WCHAR32)
