// One profile validated from parser events, exactly as read_profile validates it, for the readers of files that
// hold profiles inside a larger document (an advisor's session file): they pass on the events of the profile's
// value as they come, so no document tree of unchecked input is ever built.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "diagnostic.hpp"
#include "json.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

class ProfileValidator {
 public:
  explicit ProfileValidator(const Policy& policy);
  ~ProfileValidator();
  ProfileValidator(const ProfileValidator&) = delete;
  ProfileValidator& operator=(const ProfileValidator&) = delete;

  // nlohmann's SAX events for the profile's value, from its first to its last. False: reading must stop here (a
  // limit that ends reading, such as nesting too deep, or a number beyond a double after parse_error).
  bool null();
  bool boolean(bool b);
  bool number_integer(std::int64_t n);
  bool number_unsigned(std::uint64_t n);
  bool number_float(double d, const std::string& literal);
  bool string(std::string& s);
  bool key(std::string& k);
  bool start_object(std::size_t n);
  bool end_object();
  bool start_array(std::size_t n);
  bool end_array();
  bool parse_error(std::size_t position, const std::string& token, const Json::exception& ex);

  // After the last event: the errors, as read_profile gives them ("$" for the profile itself); and the profile
  // read (meaningful only without errors).
  void finish(Diagnostics& errors);
  const Profile& profile() const;

 private:
  struct Reader;
  std::unique_ptr<Reader> reader_;
};

}  // namespace assess
