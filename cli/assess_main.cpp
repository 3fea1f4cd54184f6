// `assess`: the eligibility core on the command line, for advisors and tests. All I/O lives here;
// the rules live in core/ and the policy in its JSON file.
#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "assess.hpp"
#include "embedded_policy.hpp"
#include "utf8.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalidInput = 1;
constexpr int kExitUsage = 2;  // also: input that cannot be read, output that cannot be written, an invalid policy
// A policy file is trusted more than a profile, but still read with a bound (the built-in one is ~90 KB).
constexpr std::size_t kMaxPolicyBytes = 16 << 20;
// A batch line over the profile limit is refused at once; the rest of it is then skipped up to its end, but no
// further than this: a line that never ends (/dev/zero) stops the batch instead of reading forever.
constexpr std::size_t kMaxSkippedLineBytes = 64 * assess::kMaxProfileBytes;

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
characters of the input (bytes that are not UTF-8 shown as \xFF). Input over a limit is refused with its error,
never cut short silently. Numbers are read from their digits: a fraction is an error however small
(2.9999999999999999), a whole number may be written 3000000, 3e6 or 3000000.0. A batch line over 1 MB gets its
error at once and is skipped to its end; one that does not end within 64 MB more stops the batch (exit 2).

Exit status: 0 all input valid; 1 some input invalid (its errors are printed with their JSON paths);
2 usage error, input that cannot be read (a missing file, a directory, a closed stdin, a batch line that never
ends), output that cannot be written (a full disk, a closed stdout), or an invalid policy file; the reason is
printed on stderr.
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

// How a name from the command line is quoted in a message: bytes that are not UTF-8 as \xFF (stderr stays text).
std::string shown(const std::string& arg) {
  return assess::utf8::escape_invalid(arg);
}

int usage(const std::string& why) {
  std::fprintf(stderr, "assess: %s\nTry 'assess --help'.\n", why.c_str());
  return kExitUsage;
}

// An input or output that failed: its name and the system's reason, exit 2.
int io_error(const std::string& what, int error_number) {
  std::fprintf(stderr, "assess: %s: %s\n", what.c_str(), std::strerror(error_number));
  return kExitUsage;
}

// Standard output, checked: the first write that fails (a full disk, a closed stream) is kept, nothing more is
// written, and finish() reports it, so the exit status never claims output that was lost.
class Output {
 public:
  void write(std::string_view s) {
    errno = 0;
    if (!failed() && std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) failed_with(errno);
  }
  bool failed() const { return error_ != 0; }
  // Flushes and closes stdout; kExitOk, or exit 2 with the reason on stderr when any of the output was lost.
  int finish() {
    errno = 0;
    if (!failed() && std::fflush(stdout) != 0) failed_with(errno);
    if (std::fclose(stdout) != 0 && !failed()) failed_with(errno);
    return failed() ? io_error("cannot write the output", error_) : kExitOk;
  }

 private:
  int error_ = 0;
  void failed_with(int error_number) { error_ = error_number ? error_number : EIO; }
};

Output out;

// An input named on the command line: the file, or stdin for "-". Closed by its destructor.
class Input {
 public:
  explicit Input(const std::string& name) : name_(name) {
    file_ = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
    if (!file_) error_ = errno;
  }
  ~Input() {
    if (file_ && file_ != stdin) std::fclose(file_);
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;

  std::FILE* file() const { return file_; }
  // errno of the failed open or read (a directory opens, and its read fails with EISDIR); 0 when none failed.
  int error() const { return error_ ? error_ : file_ && std::ferror(file_) ? EIO : 0; }
  void read_failed(int error_number) { error_ = error_number ? error_number : EIO; }
  int report() const { return io_error("cannot read " + shown(name_), error()); }

 private:
  std::string name_;
  std::FILE* file_ = nullptr;
  int error_ = 0;
};

// Reads at most `limit` + 1 bytes: enough to know that the input is over the limit without holding all of it.
// False when the input cannot be opened or read (in.report() says why).
bool read_bounded(Input& in, std::string& text, std::size_t limit) {
  if (!in.file()) return false;
  text.resize(limit + 1);
  errno = 0;
  const std::size_t got = std::fread(text.data(), 1, text.size(), in.file());
  if (std::ferror(in.file())) {
    in.read_failed(errno);
    return false;
  }
  text.resize(got);
  return true;
}

void print_errors(const assess::Diagnostics& errors, assess::Lang lang, const std::string& where) {
  for (const assess::Diagnostic& d : errors) std::fprintf(stderr, "%s%s\n", where.c_str(), d.line(lang).c_str());
}

// The lines of a batch, read in large chunks: each line without its "\n" and cut to at most `limit` + 1 bytes. A
// line longer than `limit` is handed out as soon as `limit` + 1 of its bytes are in, so it is refused at once,
// however long it turns out to be; the next call skips the rest of it, reading at most `max_skipped` bytes, so
// a line that never ends stops the input instead of being read forever. Memory stays within two chunks and the
// limit. A line is followed by at least assess::kProfileReadPadding readable bytes, so the reader can tokenize
// it where it lies.
class LineSource {
 public:
  enum class Stop { none, read_error, unended_line };

  LineSource(std::FILE* file, std::size_t limit, std::size_t max_skipped)
      : file_(file), limit_(limit), max_skipped_(max_skipped), buf_(kChunk + kPad) {}

  // The next line (valid until the next call); false at the end of the input, or where stop() says why not.
  bool next(std::string_view& line) {
    if (skipping_ && !skip_rest_of_line()) return false;
    std::size_t scan = begin_;
    for (;;) {
      if (const void* nl = std::memchr(buf_.data() + scan, '\n', end_ - scan)) {
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
        line = std::string_view(buf_.data() + begin_, std::min(at - begin_, limit_ + 1));
        begin_ = at + 1;
        return counted();
      }
      if (end_ - begin_ > limit_) {  // over the limit, its end not in sight: refused now, skipped by the next call
        line = std::string_view(buf_.data() + begin_, limit_ + 1);
        begin_ = end_ = 0;
        skipping_ = true;
        return counted();
      }
      if (eof_) {
        if (begin_ == end_) return false;
        line = std::string_view(buf_.data() + begin_, end_ - begin_);
        begin_ = end_;
        return counted();
      }
      if (begin_ > 0) {  // the unfinished line to the front
        std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
      }
      scan = end_;
      if (buf_.size() < end_ + kChunk + kPad) buf_.resize(end_ + kChunk + kPad);
      if (!read_chunk()) return false;
    }
  }

  Stop stop() const { return stop_; }
  int read_errno() const { return read_errno_; }
  // Lines handed out so far: the number of the last one.
  std::size_t lines() const { return lines_; }

 private:
  static constexpr std::size_t kChunk = 1 << 20;
  static constexpr std::size_t kPad = assess::kProfileReadPadding;
  std::FILE* file_;
  std::size_t limit_, max_skipped_;
  std::vector<char> buf_;
  std::size_t begin_ = 0, end_ = 0;  // the unread bytes
  bool eof_ = false, skipping_ = false;
  Stop stop_ = Stop::none;
  int read_errno_ = 0;
  std::size_t lines_ = 0;

  bool counted() {
    ++lines_;
    return true;
  }
  // Appends up to a chunk at end_; false on a read error (the input ends there), eof_ at its end.
  bool read_chunk() {
    errno = 0;
    const std::size_t got = std::fread(buf_.data() + end_, 1, kChunk, file_);
    if (got == 0 && std::ferror(file_)) {
      stop_ = Stop::read_error;
      read_errno_ = errno ? errno : EIO;
      return false;
    }
    if (got == 0) eof_ = true;
    end_ += got;
    return true;
  }
  // Reads on to the end of the overlong line: true with the bytes after its "\n" (or the input's end) unread,
  // false when it is still going after max_skipped bytes or the input cannot be read.
  bool skip_rest_of_line() {
    skipping_ = false;
    for (std::size_t skipped = 0; !eof_;) {
      begin_ = end_ = 0;
      if (!read_chunk()) return false;
      if (const void* nl = std::memchr(buf_.data(), '\n', end_)) {
        begin_ = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data()) + 1;
        return true;
      }
      if ((skipped += end_) > max_skipped_) {
        stop_ = Stop::unended_line;
        return false;
      }
    }
    begin_ = end_ = 0;
    return true;
  }
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

// One thread reads, evaluates and writes (until the output fails: nothing more could be kept).
bool run_batch_serial(const BatchContext& c, LineSource& source) {
  assess::ProfileReader reader(c.policy);
  Block b;
  std::size_t number = 0;
  bool any_invalid = false;
  while (!out.failed() && read_block(source, number, b)) {
    process_block(c, reader, b);
    out.write(b.out);
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
    out.write(b->out);
    any_invalid |= b->invalid;
    spare.push_back(std::move(b));
    lock.lock();
  };
  while (!out.failed()) {  // once the output fails nothing more could be kept
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

// Why a batch ended before its input did (exit 2), or kExitOk when it read all of it.
int batch_stopped(const LineSource& source, Input& in) {
  if (source.stop() == LineSource::Stop::read_error) {
    in.read_failed(source.read_errno());
    return in.report();
  }
  if (source.stop() == LineSource::Stop::unended_line) {
    std::fprintf(
        stderr,
        "assess: line %zu is longer than %zu bytes and does not end within %zu bytes more; the rest of the input is not read\n",
        source.lines(), assess::kMaxProfileBytes, kMaxSkippedLineBytes);
    return kExitUsage;
  }
  return kExitOk;
}

int run_batch(const assess::Policy& policy, const Options& o) {
  Input in(o.input);
  if (!in.file()) return in.report();
  const assess::ResultJsonRenderer renderer(policy, o.lang);  // once: it pre-renders the policy's fixed texts
  const BatchContext context{policy, renderer, o.summary ? assess::BatchFormat::summary : assess::BatchFormat::full, o.lang};
  LineSource source(in.file(), assess::kMaxProfileBytes, kMaxSkippedLineBytes);
#ifdef __EMSCRIPTEN__
  const bool any_invalid = run_batch_serial(context, source);  // no threads in the WebAssembly build
#else
  const bool any_invalid = o.jobs > 1 ? run_batch_parallel(context, source, o.jobs) : run_batch_serial(context, source);
#endif
  const int written = out.finish();
  const int read = batch_stopped(source, in);
  if (written != kExitOk || read != kExitOk) return kExitUsage;
  return any_invalid ? kExitInvalidInput : kExitOk;
}

// Reads the command line into o: run, show the help, or a usage error (why says which).
enum class Parsed { run, help, usage };
Parsed parse_options(int argc, char** argv, Options& o, std::string& why) {
  const auto fail = [&why](std::string reason) {
    why = std::move(reason);
    return Parsed::usage;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto next = [&](std::string& value) {
      if (i + 1 >= argc) return false;
      value = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      return Parsed::help;
    } else if (a == "--policy") {
      if (!next(o.policy_file)) return fail("--policy needs a file");
    } else if (a == "--lang") {
      if (!next(v) || !assess::parse_lang(v, o.lang)) return fail("--lang must be zh or en");
    } else if (a == "--format") {
      if (!next(v) || (v != "json" && v != "text" && v != "summary")) return fail("--format must be json, text or summary");
      o.text = v == "text";
      o.summary = v == "summary";
    } else if (a == "--jobs") {
      if (!next(v) || v.empty() || v.size() > 3 || v.find_first_not_of("0123456789") != std::string::npos || std::stoul(v) < 1 ||
          std::stoul(v) > 256)
        return fail("--jobs must be a number from 1 to 256");
      o.jobs = static_cast<unsigned>(std::stoul(v));
    } else if (a == "--batch") {
      o.batch = true;
      if (!next(o.input)) return fail("--batch needs a file (or - for stdin)");
    } else if (a == "--check-policy") {
      o.check_policy = true;
    } else if (a == "--profile-schema") {
      o.schema = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return fail("unknown option " + shown(a));
    } else if (o.input.empty()) {
      o.input = a;
    } else {
      return fail("more than one profile given");
    }
  }
  if (!o.check_policy && !o.schema && o.input.empty()) return fail("no profile given");
  if (o.batch && o.text) return fail("--batch writes JSON lines; --format text is for one profile");
  if (!o.batch && o.summary) return fail("--format summary is for --batch");
  if (!o.batch && o.jobs != 1) return fail("--jobs is for --batch");
  return Parsed::run;
}

// The policy to evaluate against (the built-in one without --policy); kExitOk, or exit 2 with the reason.
int load(const Options& o, assess::Policy& policy) {
  std::string text;
  if (o.policy_file.empty()) {
    text = std::string(assess::embedded_policy_json());
  } else {
    Input in(o.policy_file);
    if (!read_bounded(in, text, kMaxPolicyBytes)) return in.report();
    if (text.size() > kMaxPolicyBytes) return usage(shown(o.policy_file) + " is larger than 16 MB");
  }
  assess::Diagnostics errors;
  if (assess::load_policy(text, policy, errors)) return kExitOk;
  print_errors(errors, o.lang, (o.policy_file.empty() ? "built-in policy" : shown(o.policy_file)) + ": ");
  return kExitUsage;
}

// One profile: its result, or its errors (exit 1).
int run_single(const assess::Policy& policy, const Options& o) {
  std::string text;
  {
    Input in(o.input);
    if (!read_bounded(in, text, assess::kMaxProfileBytes)) return in.report();
  }
  assess::Profile profile;
  assess::Diagnostics errors;
  if (!assess::read_profile(policy, text, profile, errors)) {
    if (o.text)
      print_errors(errors, o.lang, o.input == "-" ? "" : shown(o.input) + ": ");
    else
      out.write(assess::render_errors_json(errors, o.lang) + "\n");
    const int written = out.finish();
    return written != kExitOk ? written : kExitInvalidInput;
  }
  const assess::Result result = assess::evaluate(policy, profile);
  out.write(o.text ? assess::render_text(policy, result, o.lang) : assess::render_json(policy, result, o.lang) + "\n");
  return out.finish();
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  std::string why;
  switch (parse_options(argc, argv, o, why)) {
    case Parsed::help:
      out.write(help_text());
      return out.finish();
    case Parsed::usage:
      return usage(why);
    case Parsed::run:
      break;
  }
  assess::Policy policy;
  if (const int loaded = load(o, policy); loaded != kExitOk) return loaded;
  if (o.check_policy) {
    out.write(assess::render_policy_valid(policy, o.lang));
    return out.finish();
  }
  if (o.schema) {
    out.write(assess::profile_schema(policy));
    return out.finish();
  }
  return o.batch ? run_batch(policy, o) : run_single(policy, o);
}
