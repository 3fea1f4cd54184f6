# QR-Code-generator (Nayuki) from its Debian source package (fetched by scripts/setup into .cache/qrcodegen):
# the hand-over QR code of the results screen, compiled for every build like ImGui.
set(QRCODEGEN_DIR ${CMAKE_SOURCE_DIR}/.cache/qrcodegen/cpp)
if(NOT EXISTS ${QRCODEGEN_DIR}/qrcodegen.cpp)
  message(FATAL_ERROR "QR-Code-generator source not found in ${QRCODEGEN_DIR}: run scripts/setup")
endif()
# Compiled from a copy with one change: the message of its "data too long" exception is built with
# std::to_string instead of a std::ostringstream, the same text. That stream was the app's only one, and it
# linked all of libc++'s locale and iostream code into the wasm (~70 KB, ~20 KB gzipped). The app never
# reaches that throw (ui/share_dialog.cpp checks the length first); the check below stops the build if an
# upgraded source no longer has the block, so the copy cannot silently drift.
file(READ ${QRCODEGEN_DIR}/qrcodegen.cpp QRCODEGEN_SOURCE)
set(QRCODEGEN_STREAM [=[			std::ostringstream sb;
			if (dataUsedBits == -1)
				sb << "Segment too long";
			else {
				sb << "Data length = " << dataUsedBits << " bits, ";
				sb << "Max capacity = " << dataCapacityBits << " bits";
			}
			throw data_too_long(sb.str());]=])
set(QRCODEGEN_NO_STREAM [=[			throw data_too_long(dataUsedBits == -1 ? std::string("Segment too long")
				: "Data length = " + std::to_string(dataUsedBits) + " bits, "
				+ "Max capacity = " + std::to_string(dataCapacityBits) + " bits");]=])
string(FIND "${QRCODEGEN_SOURCE}" "${QRCODEGEN_STREAM}" QRCODEGEN_AT)
if(QRCODEGEN_AT EQUAL -1)
  message(FATAL_ERROR "${QRCODEGEN_DIR}/qrcodegen.cpp: the std::ostringstream block of encodeSegments was not found "
                      "(a new upstream version?): update cmake/qrcodegen.cmake")
endif()
string(REPLACE "${QRCODEGEN_STREAM}" "${QRCODEGEN_NO_STREAM}" QRCODEGEN_SOURCE "${QRCODEGEN_SOURCE}")
file(WRITE ${CMAKE_BINARY_DIR}/qrcodegen/qrcodegen.cpp.new "${QRCODEGEN_SOURCE}")
configure_file(${CMAKE_BINARY_DIR}/qrcodegen/qrcodegen.cpp.new ${CMAKE_BINARY_DIR}/qrcodegen/qrcodegen.cpp COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${QRCODEGEN_DIR}/qrcodegen.cpp)
add_library(qrcodegen STATIC ${CMAKE_BINARY_DIR}/qrcodegen/qrcodegen.cpp)
target_include_directories(qrcodegen SYSTEM PUBLIC ${QRCODEGEN_DIR})
