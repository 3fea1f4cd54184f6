# QR-Code-generator (Nayuki) from its Debian source package (fetched by scripts/setup into .cache/qrcodegen):
# the hand-over QR code of the results screen, compiled for every build like ImGui.
set(QRCODEGEN_DIR ${CMAKE_SOURCE_DIR}/.cache/qrcodegen/cpp)
if(NOT EXISTS ${QRCODEGEN_DIR}/qrcodegen.cpp)
  message(FATAL_ERROR "QR-Code-generator source not found in ${QRCODEGEN_DIR}: run scripts/setup")
endif()
add_library(qrcodegen STATIC ${QRCODEGEN_DIR}/qrcodegen.cpp)
target_include_directories(qrcodegen SYSTEM PUBLIC ${QRCODEGEN_DIR})
