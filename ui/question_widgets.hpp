// The widget of each question type (question_widgets.cpp), editing the answers through their typed views.
#pragma once
#include <string>

#include "answers.hpp"
#include "field_texts.hpp"
#include "policy.hpp"
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// One field of `parent` (the answers, a group or a list item), at its JSON path ("answers.x[0].y"). A kiosk's
// number field asks for its keypad.
Request draw_question(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path);

// "Edit" on a result card: when `path` is the question it names, the widget just drawn takes the focus and is
// scrolled to.
void focus_if_edit_target(const ScreenContext& c, const std::string& path);

// Amount and count fields asked now whose text could not be read: each is an answer missing from the estimate.
// A walk of the questions: the App counts once per change of the answers or the texts (Session::pending).
int pending_numbers(const assess::Policy& policy, Answers& answers, const FieldTexts& texts);

}  // namespace ui
