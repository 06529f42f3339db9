// Kinship words: what one person is to another, from the story's parent and partner links
// ("husband", "daughter", "brother"), so a lane header can say "husband Frank, brother Davy"
// instead of an ambiguous "with". No SDL here.
#pragma once

#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// What `relative` is to `person`: partner (husband/wife/partner), child (son/daughter/child),
// parent (father/mother/parent), sibling (brother/sister/sibling, sharing their parents;
// half-brother/half-sister/half-sibling when one parent is not shared), or "" when
// the story links them no way. The word follows `relative`'s `sex:`. A partnership whose
// `begins:` moment is in `moment_veiled` (per moment; may be empty) is not known yet.
std::string kinship_word(const Story& story, int person, int relative, const std::vector<char>& moment_veiled = {});

// "husband Frank Dunmore, brother Davy Dunmore": each of `others` by her kinship to `person`
// (unlinked people: "with NAME"; a name that already says it, "Etta's husband", alone).
// `person` < 0: "with" and the names.
std::string company_line(const Story& story, int person, const std::vector<int>& others,
                         const std::vector<char>& moment_veiled = {});

}  // namespace lineage
