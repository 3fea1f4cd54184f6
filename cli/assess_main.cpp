// `assess`: the eligibility core on the command line, for advisors and tests. All I/O lives here;
// the rules live in core/ and the policy in its JSON file.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "assess.hpp"
#include "embedded_policy.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalidInput = 1;
constexpr int kExitUsage = 2;
// A policy file is trusted more than a profile, but still read with a bound (the built-in one is ~90 KB).
constexpr std::size_t kMaxPolicyBytes = 16 << 20;

const char* kHelp = R"(assess — estimate the support an enterprise can apply for under a policy file
(built in: 苏州市促进新一代人工智能产业发展的若干措施, 苏委办发〔2021〕16号).

Usage:
  assess [--policy FILE] [--lang zh|en] [--format json|text] PROFILE.json|-
  assess [--policy FILE] [--lang zh|en] --batch IN.jsonl|-
  assess [--policy FILE] --check-policy
  assess [--policy FILE] --profile-schema
  assess --help

  PROFILE.json     the enterprise's answers (format "suzhou-ai-assess/profile@1"); "-" reads stdin
  --policy FILE    evaluate against this policy file instead of the built-in one
  --lang zh|en     language of explanations and errors (default zh)
  --format json    the result as one line of JSON (default)
  --format text    a readable report
  --batch FILE     one profile per line (JSONL) in, one result per line out; a bad line gives
                   {"line": N, "errors": [...]} in its place and the other lines still get results;
                   blank lines are skipped
  --check-policy   validate the policy file and list every error with its JSON path
  --profile-schema print the JSON Schema of the profile format for the policy

Limits (the same in the web app): a profile, or a batch line, of at most 1 MB (1 048 576 bytes); nesting at
most 32 deep; strings of at most 4096 bytes; at most 100 errors listed per profile, each quoting at most 40
characters of the input. Input over a limit is refused with its error, never cut short silently.

Exit status: 0 all input valid; 1 some input invalid (its errors are printed with their JSON paths);
2 usage error, unreadable file (a directory, a missing file), or an invalid policy file.
)";

struct Options {
  std::string policy_file;
  std::string input;
  assess::Lang lang = assess::Lang::zh;
  bool text = false;
  bool batch = false;
  bool check_policy = false;
  bool schema = false;
};

int usage(const std::string& why) {
  std::cerr << "assess: " << why << "\nTry 'assess --help'.\n";
  return kExitUsage;
}

// Opens a file to read (or stdin for "-"); false for a directory or anything that cannot be opened, which the
// callers report as unreadable (exit 2) rather than as an empty or malformed profile.
bool open_input(const std::string& name, std::ifstream& file, std::istream*& in) {
  in = &std::cin;
  if (name == "-") return true;
  std::error_code ec;
  if (std::filesystem::is_directory(name, ec)) return false;
  file.open(name, std::ios::binary);
  if (!file) return false;
  in = &file;
  return true;
}

// Reads at most `limit` + 1 bytes: enough to know that a file is over the limit without holding all of it.
bool read_all(const std::string& name, std::string& out, std::size_t limit) {
  std::ifstream file;
  std::istream* in = nullptr;
  if (!open_input(name, file, in)) return false;
  out.resize(limit + 1);
  in->read(out.data(), static_cast<std::streamsize>(out.size()));
  if (in->bad()) return false;
  out.resize(static_cast<std::size_t>(in->gcount()));
  return true;
}

// One line of at most `limit` + 1 bytes (without its "\n"); the rest of a longer line is read and dropped, so
// a 100 MB line costs no more memory than a line just over the limit (which the reader then refuses).
bool read_line(std::istream& in, std::string& line, std::size_t limit) {
  line.clear();
  std::streambuf* buf = in.rdbuf();
  bool any = false;
  for (int c = buf->sbumpc(); c != std::char_traits<char>::eof(); c = buf->sbumpc()) {
    any = true;
    if (c == '\n') return true;
    if (line.size() <= limit) line += static_cast<char>(c);
  }
  return any;
}

void print_errors(const assess::Diagnostics& errors, assess::Lang lang, const std::string& where) {
  for (const assess::Diagnostic& d : errors) std::cerr << where << d.line(lang) << "\n";
}

int run_batch(const assess::Policy& policy, const Options& o) {
  std::ifstream file;
  std::istream* in = nullptr;
  if (!open_input(o.input, file, in)) return usage("cannot read " + o.input);
  const assess::ResultJsonRenderer renderer(policy, o.lang);  // once: it pre-renders the policy's fixed texts
  std::string line, out;
  out.reserve(1 << 20);
  std::size_t number = 0;
  bool any_invalid = false;
  while (read_line(*in, line, assess::kMaxProfileBytes)) {
    ++number;
    any_invalid |= assess::assess_batch_line(policy, renderer, line, number, o.lang, out) == assess::BatchLine::invalid;
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return any_invalid ? kExitInvalidInput : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      std::cout << kHelp;
      return kExitOk;
    } else if (a == "--policy") {
      if (!next(o.policy_file)) return usage("--policy needs a file");
    } else if (a == "--lang") {
      if (!next(v) || !assess::parse_lang(v, o.lang)) return usage("--lang must be zh or en");
    } else if (a == "--format") {
      if (!next(v) || (v != "json" && v != "text")) return usage("--format must be json or text");
      o.text = v == "text";
    } else if (a == "--batch") {
      o.batch = true;
      if (!next(o.input)) return usage("--batch needs a file (or - for stdin)");
    } else if (a == "--check-policy") {
      o.check_policy = true;
    } else if (a == "--profile-schema") {
      o.schema = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage("unknown option " + a);
    } else if (o.input.empty()) {
      o.input = a;
    } else {
      return usage("more than one profile given");
    }
  }
  if (!o.check_policy && !o.schema && o.input.empty()) return usage("no profile given");
  if (o.batch && o.text) return usage("--batch writes JSON lines; --format text is for one profile");

  std::string policy_text;
  if (o.policy_file.empty())
    policy_text = std::string(assess::embedded_policy_json());
  else if (!read_all(o.policy_file, policy_text, kMaxPolicyBytes))
    return usage("cannot read " + o.policy_file);
  if (policy_text.size() > kMaxPolicyBytes) return usage(o.policy_file + " is larger than 16 MB");
  assess::Policy policy;
  assess::Diagnostics policy_errors;
  if (!assess::load_policy(policy_text, policy, policy_errors)) {
    print_errors(policy_errors, o.lang, (o.policy_file.empty() ? "built-in policy" : o.policy_file) + ": ");
    return kExitUsage;
  }
  if (o.check_policy) {
    std::cout << (o.lang == assess::Lang::zh ? "政策文件有效:" : "Policy file is valid: ") << policy.id << ", "
              << policy.measures.size() << (o.lang == assess::Lang::zh ? " 项措施\n" : " measures\n");
    return kExitOk;
  }
  if (o.schema) {
    std::cout << assess::profile_schema(policy);
    return kExitOk;
  }
  if (o.batch) return run_batch(policy, o);

  std::string text;
  if (!read_all(o.input, text, assess::kMaxProfileBytes)) return usage("cannot read " + o.input);
  assess::Profile profile;
  assess::Diagnostics errors;
  if (!assess::read_profile(policy, text, profile, errors)) {
    if (o.text)
      print_errors(errors, o.lang, o.input == "-" ? "" : o.input + ": ");
    else
      std::cout << assess::render_errors_json(errors, o.lang) << "\n";
    return kExitInvalidInput;
  }
  assess::Result result = assess::evaluate(policy, profile);
  std::cout << (o.text ? assess::render_text(policy, result, o.lang) : assess::render_json(policy, result, o.lang) + "\n");
  return kExitOk;
}
