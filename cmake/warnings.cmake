# Warnings as the project's coding guide asks: -Wall -Wextra -Wpedantic on everything we write.
function(assess_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
endfunction()
