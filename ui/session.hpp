// One person's use of the app: everything that holds or shows what they entered — answers, the live result,
// half-typed numbers, dialogs, the hand-over link, an advisor's enterprises. The kiosk's wipe replaces the whole
// object with a fresh one, so no piece of it can be forgotten by a reset.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "answers.hpp"
#include "assess.hpp"
#include "dialog.hpp"
#include "evaluation.hpp"
#include "field_texts.hpp"
#include "screen_id.hpp"

namespace ui {

// The modules of a QR code and the text they encode (share_dialog.cpp).
struct QrModules {
  std::string text;
  std::vector<bool> modules;
  int size = 0;
};

// A short message at the bottom of the screen, until a moment of the app's clock.
struct Toast {
  std::string text;
  double until = 0;
};

// The hand-over link of the answers on screen and its QR code, kept between frames (share_dialog.cpp).
struct ShareCache {
  std::uint64_t version = 0;  // the answers' version the link was made for
  std::string link;
  QrModules qr;
};

// Typed numbers, among the questions asked now, whose text could not be read: each is an answer missing from
// the result, and the results say so. Counted once per change of the answers or of the texts.
struct PendingNumbers {
  std::uint64_t answers_version = 0, texts_version = 0;
  int count = 0;
  std::uint64_t counts = 0;  // how many times they were counted (for tests: once per change, not per frame)
};

// An enterprise assessed in advisor mode (advisor_screens.cpp), in memory only.
struct Enterprise {
  std::string name;
  Answers answers;
  Evaluation evaluation;
};

// Advisor mode: the enterprises of the session, and whether the session file saved is still current.
struct AdvisorSession {
  std::vector<Enterprise> enterprises;
  std::size_t current = 0;
  std::uint64_t saved_hash = 0;
  std::uint64_t versions = 0;
  bool leave_warning = false;
};

struct Session {
  Session(const assess::Policy& policy, assess::Lang language) : answers(policy), lang(language) {}

  Answers answers;
  assess::Lang lang;
  ScreenId screen = ScreenId::start;
  // The live result of the answers, refreshed when their version changes.
  Evaluation evaluation;
  PendingNumbers pending;
  std::uint64_t saved_version = 0;  // the version of the answers last autosaved
  // Text being typed into amount and count fields, by field path, so a half-typed value survives frames.
  FieldTexts edit_text;
  DialogQueue dialogs;
  Toast toast;
  mutable ShareCache share;  // share_link() const fills it
  AdvisorSession advisor;
  // The accessible mirror as last published: it lists names and amounts.
  std::string accessible_published;
};

}  // namespace ui
