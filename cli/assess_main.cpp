// `assess`: the eligibility core on the command line, for advisors and tests. All I/O lives here;
// the rules live in core/ and the policy in its JSON file.
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "assess.hpp"
#include "embedded_policy.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalidInput = 1;
constexpr int kExitUsage = 2;
// A policy file is trusted more than a profile, but still read with a bound (the built-in one is ~90 KB).
constexpr std::size_t kMaxPolicyBytes = 16 << 20;

// The built-in policy's title, number and answers format are its file's, filled in by help_text().
const char* kHelp = R"(assess — estimate the support an enterprise can apply for under a policy file
(built in: {title}, {number}).

Usage:
  assess [--policy FILE] [--lang zh|en] [--format json|text] PROFILE.json|-
  assess [--policy FILE] [--lang zh|en] [--format json|summary] [--jobs N] --batch IN.jsonl|-
  assess [--policy FILE] --check-policy
  assess [--policy FILE] --profile-schema
  assess --help

  PROFILE.json     the enterprise's answers (format "{format}"); "-" reads stdin
  --policy FILE    evaluate against this policy file instead of the built-in one
  --lang zh|en     language of explanations and errors (default zh)
  --format json    the result as one line of JSON (default)
  --format text    a readable report
  --batch FILE     one profile per line (JSONL) in, one result per line out; a bad line gives
                   {"line": N, "errors": [...]} in its place and the other lines still get results;
                   blank lines are skipped
  --format summary with --batch: per valid line only the figures, in policy order, e.g.
                   {"measures":{"a1_attraction":["not_claimed",0,0],...,"a4_key_tech":["estimate",
                   1000000,5000000],...},"total":[1300000,13900000]}: per measure id its status, min and
                   max in yuan, then the total's min and max (bad lines as above)
  --jobs N         with --batch: N threads (default 1); the output is the same, in input order
  --check-policy   validate the policy file and list every error with its JSON path
  --profile-schema print the JSON Schema of the profile format for the policy

Limits (the same in the web app): a profile, or a batch line, of at most 1 MB (1 048 576 bytes); nesting at
most 32 deep; strings of at most 4096 bytes; at most 100 errors listed per profile, each quoting at most 40
characters of the input. Input over a limit is refused with its error, never cut short silently.

Exit status: 0 all input valid; 1 some input invalid (its errors are printed with their JSON paths);
2 usage error, unreadable file (a directory, a missing file), or an invalid policy file.
)";

std::string help_text() {
  std::string out = kHelp;
  const auto replace = [&](const std::string& name, const std::string& value) {
    const std::size_t at = out.find(name);
    if (at != std::string::npos) out.replace(at, name.size(), value);
  };
  assess::Policy builtin;
  assess::Diagnostics ignored;  // the built-in policy is checked by the tests; a broken one leaves the names blank
  assess::load_policy(assess::embedded_policy_json(), builtin, ignored);
  replace("{title}", builtin.title.zh);
  replace("{number}", builtin.number);
  replace("{format}", builtin.profile_format_name + "@" + std::to_string(builtin.profile_format_version));
  return out;
}

struct Options {
  std::string policy_file;
  std::string input;
  assess::Lang lang = assess::Lang::zh;
  bool text = false;
  bool summary = false;
  bool batch = false;
  unsigned jobs = 1;
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

void print_errors(const assess::Diagnostics& errors, assess::Lang lang, const std::string& where) {
  for (const assess::Diagnostic& d : errors) std::cerr << where << d.line(lang) << "\n";
}

// The lines of a batch, read in large chunks: each line without its "\n" and cut to at most `limit` + 1 bytes
// (the rest of a longer line is read and dropped, so a 100 MB line costs no more memory than a line just over
// the limit, which the reader then refuses). A line is followed by at least assess::kProfileReadPadding
// readable bytes, so the reader can tokenize it where it lies.
class LineSource {
 public:
  LineSource(std::FILE* file, std::size_t limit) : file_(file), limit_(limit), buf_(kChunk + kPad) {}

  // The next line (valid until the next call); false at the end of the input (or on a read error).
  bool next(std::string_view& line) {
    std::size_t scan = begin_;
    for (;;) {
      if (const void* nl = std::memchr(buf_.data() + scan, '\n', end_ - scan)) {
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
        line = std::string_view(buf_.data() + begin_, std::min(at - begin_, limit_ + 1));
        begin_ = at + 1;
        return true;
      }
      if (eof_) {
        if (begin_ == end_) return false;
        line = std::string_view(buf_.data() + begin_, std::min(end_ - begin_, limit_ + 1));
        begin_ = end_;
        return true;
      }
      if (end_ - begin_ > limit_ + 1) end_ = begin_ + limit_ + 1;  // past the limit, and no "\n": dropped
      if (begin_ > 0) {                                            // the unfinished line to the front
        std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
      }
      scan = end_;
      if (buf_.size() < end_ + kChunk + kPad) buf_.resize(end_ + kChunk + kPad);
      const std::size_t got = std::fread(buf_.data() + end_, 1, kChunk, file_);
      if (got == 0) eof_ = true;
      end_ += got;
    }
  }

 private:
  static constexpr std::size_t kChunk = 1 << 20;
  static constexpr std::size_t kPad = assess::kProfileReadPadding;
  std::FILE* file_;
  std::size_t limit_;
  std::vector<char> buf_;
  std::size_t begin_ = 0, end_ = 0;  // the unread bytes
  bool eof_ = false;
};

// A run of consecutive lines, processed as one unit (by one thread) and written in input order.
struct Block {
  std::string text;                                     // the lines, each followed by "\n", then the padding
  std::vector<std::pair<std::size_t, std::size_t>> at;  // each line's offset and length in text
  std::size_t first_number = 0;                         // the number of its first line
  std::string out;
  bool invalid = false;
  bool done = false;
};

// Fills a block with up to ~256 KB of lines; false when the input had none left.
bool read_block(LineSource& source, std::size_t& number, Block& b) {
  b.text.clear();
  b.at.clear();
  b.out.clear();
  b.invalid = b.done = false;
  b.first_number = number + 1;
  std::string_view line;
  while (b.text.size() < (256u << 10) && source.next(line)) {
    ++number;
    b.at.emplace_back(b.text.size(), line.size());
    b.text.append(line.data(), line.size());
    b.text += '\n';
  }
  b.text.append(assess::kProfileReadPadding, '\0');
  return !b.at.empty();
}

struct BatchContext {
  const assess::Policy& policy;
  const assess::ResultJsonRenderer& renderer;  // read-only: shared by every thread
  assess::BatchFormat format;
  assess::Lang lang;
};

void process_block(const BatchContext& c, assess::ProfileReader& reader, Block& b) {
  for (std::size_t i = 0; i < b.at.size(); ++i) {
    const std::string_view line(b.text.data() + b.at[i].first, b.at[i].second);
    b.invalid |= assess::assess_batch_line(c.policy, c.renderer, reader, c.format, line, true, b.first_number + i, c.lang,
                                           b.out) == assess::BatchLine::invalid;
  }
}

void write_out(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
}

// One thread reads, evaluates and writes.
bool run_batch_serial(const BatchContext& c, LineSource& source) {
  assess::ProfileReader reader(c.policy);
  Block b;
  std::size_t number = 0;
  bool any_invalid = false;
  while (read_block(source, number, b)) {
    process_block(c, reader, b);
    write_out(b.out);
    any_invalid |= b.invalid;
  }
  return any_invalid;
}

#ifndef __EMSCRIPTEN__
// `jobs` threads evaluate blocks; this one reads them and writes their output in input order, keeping at most
// 4 blocks per thread in flight.
bool run_batch_parallel(const BatchContext& c, LineSource& source, unsigned jobs) {
  std::mutex mutex;
  std::condition_variable work_ready, block_done;
  std::deque<std::unique_ptr<Block>> in_flight;  // in input order; workers take the first not yet taken
  std::size_t next_to_take = 0;                  // index into in_flight of the first untaken block
  bool input_done = false;
  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; ++j)
    workers.emplace_back([&] {
      assess::ProfileReader reader(c.policy);
      std::unique_lock<std::mutex> lock(mutex);
      for (;;) {
        work_ready.wait(lock, [&] { return next_to_take < in_flight.size() || input_done; });
        if (next_to_take >= in_flight.size()) return;
        Block* b = in_flight[next_to_take++].get();
        lock.unlock();
        process_block(c, reader, *b);
        lock.lock();
        b->done = true;
        block_done.notify_all();
      }
    });
  std::vector<std::unique_ptr<Block>> spare;
  std::size_t number = 0;
  bool any_invalid = false;
  const auto write_first = [&](std::unique_lock<std::mutex>& lock) {  // waits for the oldest block, writes it
    block_done.wait(lock, [&] { return in_flight.front()->done; });
    std::unique_ptr<Block> b = std::move(in_flight.front());
    in_flight.pop_front();
    --next_to_take;
    lock.unlock();
    write_out(b->out);
    any_invalid |= b->invalid;
    spare.push_back(std::move(b));
    lock.lock();
  };
  for (;;) {
    std::unique_ptr<Block> b;
    if (spare.empty()) {
      b = std::make_unique<Block>();
    } else {
      b = std::move(spare.back());
      spare.pop_back();
    }
    if (!read_block(source, number, *b)) break;
    std::unique_lock<std::mutex> lock(mutex);
    in_flight.push_back(std::move(b));
    work_ready.notify_one();
    while (in_flight.size() > 4 * jobs || (!in_flight.empty() && in_flight.front()->done)) write_first(lock);
  }
  std::unique_lock<std::mutex> lock(mutex);
  input_done = true;
  work_ready.notify_all();
  while (!in_flight.empty()) write_first(lock);
  lock.unlock();
  for (std::thread& t : workers) t.join();
  return any_invalid;
}
#endif

int run_batch(const assess::Policy& policy, const Options& o) {
  std::FILE* file = stdin;
  if (o.input != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(o.input, ec) || !(file = std::fopen(o.input.c_str(), "rb")))
      return usage("cannot read " + o.input);
  }
  const assess::ResultJsonRenderer renderer(policy, o.lang);  // once: it pre-renders the policy's fixed texts
  const BatchContext context{policy, renderer, o.summary ? assess::BatchFormat::summary : assess::BatchFormat::full, o.lang};
  LineSource source(file, assess::kMaxProfileBytes);
#ifdef __EMSCRIPTEN__
  const bool any_invalid = run_batch_serial(context, source);  // no threads in the WebAssembly build
#else
  const bool any_invalid = o.jobs > 1 ? run_batch_parallel(context, source, o.jobs) : run_batch_serial(context, source);
#endif
  if (file != stdin) std::fclose(file);
  std::fflush(stdout);
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
      std::cout << help_text();
      return kExitOk;
    } else if (a == "--policy") {
      if (!next(o.policy_file)) return usage("--policy needs a file");
    } else if (a == "--lang") {
      if (!next(v) || !assess::parse_lang(v, o.lang)) return usage("--lang must be zh or en");
    } else if (a == "--format") {
      if (!next(v) || (v != "json" && v != "text" && v != "summary")) return usage("--format must be json, text or summary");
      o.text = v == "text";
      o.summary = v == "summary";
    } else if (a == "--jobs") {
      if (!next(v) || v.empty() || v.size() > 3 || v.find_first_not_of("0123456789") != std::string::npos || std::stoul(v) < 1 ||
          std::stoul(v) > 256)
        return usage("--jobs must be a number from 1 to 256");
      o.jobs = static_cast<unsigned>(std::stoul(v));
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
  if (!o.batch && o.summary) return usage("--format summary is for --batch");
  if (!o.batch && o.jobs != 1) return usage("--jobs is for --batch");

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
    std::cout << assess::render_policy_valid(policy, o.lang);
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
