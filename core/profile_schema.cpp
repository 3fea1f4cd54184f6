// Questions -> JSON Schema. Keys keep the policy's order (ordered_json) so the output is stable.
#include "profile_schema.hpp"

#include <nlohmann/json.hpp>

namespace assess {

namespace {

using OJson = nlohmann::ordered_json;

OJson field_schema(const Policy& p, const Field& f);

OJson object_schema(const Policy& p, const std::vector<Field>& fields) {
  OJson props = OJson::object();
  for (const Field& f : fields) props[f.id] = field_schema(p, f);
  return OJson{{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
}

OJson field_schema(const Policy& p, const Field& f) {
  OJson s;
  s["title"] = f.label.zh + " / " + f.label.en;
  switch (f.type) {
    case FieldType::boolean:
      s["type"] = "boolean";
      break;
    case FieldType::count:
      s["type"] = "integer";
      s["minimum"] = 0;
      s["maximum"] = p.limits.count_max;
      break;
    case FieldType::yuan:
      s["type"] = "integer";
      s["minimum"] = 0;
      s["maximum"] = p.limits.yuan_max;
      break;
    case FieldType::enumeration: {
      OJson values = OJson::array();
      for (const Option& o : f.options) values.push_back(o.value);
      s["enum"] = values;
      break;
    }
    case FieldType::enum_set: {
      OJson values = OJson::array();
      for (const Option& o : f.options) values.push_back(o.value);
      s["type"] = "array";
      s["items"] = OJson{{"enum", values}};
      s["uniqueItems"] = true;
      break;
    }
    case FieldType::text:
      s["type"] = "string";
      s["maxLength"] = p.limits.text_max;
      break;
    case FieldType::list:
      s["type"] = "array";
      s["maxItems"] = p.limits.list_max;
      s["items"] = object_schema(p, f.fields);
      break;
    case FieldType::group:
      s.update(object_schema(p, f.fields));
      break;
  }
  return s;
}

}  // namespace

std::string profile_schema(const Policy& p) {
  std::string format = p.profile_format_name + "@" + std::to_string(p.profile_format_version);
  OJson schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["$id"] = "profile." + p.id + ".schema.json";
  schema["title"] = p.title.zh + " — profile (answers)";
  schema["type"] = "object";
  schema["required"] = OJson::array({"format", "policy", "answers"});
  schema["additionalProperties"] = false;
  schema["properties"]["format"] = OJson{{"const", format}};
  schema["properties"]["policy"] = OJson{{"const", p.id}};
  schema["properties"]["answers"] = object_schema(p, p.questions);
  return schema.dump(1) + "\n";
}

}  // namespace assess
