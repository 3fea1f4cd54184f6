# Emscripten-only targets (the web app) are added here.
