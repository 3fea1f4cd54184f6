// What a screen part asks of the App when a button needs more than the Session: the App alone switches the page's
// language, writes files and opens or prints the report.
#pragma once

namespace ui {

enum class AppRequest {
  none,
  other_language,  // the "中文 / English" button: the page's language follows the app's
  save_answers,    // download the answers as a file
  open_report,     // the report in a new tab (a kiosk prints it instead)
  print_report,    // the report printed from this page
  save_report,     // the report as an HTML file, downloaded (a phone keeps it in its files)
  share_report,    // the report as an HTML file, to the system share sheet (downloaded where files cannot be shared)
};

}  // namespace ui
