//! "Did you mean ...?": the name nearest to one that was not found, among the names where it
//! was looked for. The distance is `strsim`'s (the crate clap uses for its own suggestions).

/// How alike two names must be (0 to 1, after case folding) to be suggested: near enough to
/// be a typo (`Blue Yonderr`, `acme`), never a name that merely shares a few letters. A short
/// name one edit away (`HQ1` for `HQ`) is a typo too.
const THRESHOLD: f64 = 0.7;

/// The name in `names` nearest to `typed`, when one is near enough; the first in order on a
/// tie. Never `typed` itself.
#[must_use]
pub fn closest<'a>(typed: &str, names: &'a [String]) -> Option<&'a str> {
    let typed_key = super::fold(typed);
    let mut best: Option<(f64, &str)> = None;
    for name in names.iter().filter(|n| n.as_str() != typed) {
        let key = super::fold(name);
        let score = strsim::normalized_damerau_levenshtein(&typed_key, &key);
        let one_edit = typed_key.chars().count().max(key.chars().count()) >= 3
            && strsim::damerau_levenshtein(&typed_key, &key) == 1;
        if (score >= THRESHOLD || one_edit) && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, name));
        }
    }
    best.map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(all: &[&str]) -> Vec<String> {
        all.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_typo_finds_its_name_and_a_far_name_finds_none() {
        let all = names(&["Acme", "Blue Yonder", "Contoso", "Tailspin Toys"]);
        assert_eq!(closest("Blue Yonderr", &all), Some("Blue Yonder"));
        assert_eq!(closest("blue yonder", &all), Some("Blue Yonder"));
        assert_eq!(closest("Acem", &all), Some("Acme"));
        assert_eq!(closest("Tailspin Toy", &all), Some("Tailspin Toys"));
        assert_eq!(closest("Northwind", &all), None);
        assert_eq!(closest("Zebra Ltd", &all), None);
        assert_eq!(closest("Acme", &names(&["Acme"])), None, "never itself");
        assert_eq!(closest("x", &[]), None);
        assert_eq!(closest("HQ1", &names(&["HQ", "Lab"])), Some("HQ"));
        assert_eq!(closest("B", &names(&["A"])), None, "one letter is no typo");
    }

    #[test]
    fn emails_and_serials_are_names_too() {
        let all = names(&["bob@acme.example", "pat@contoso.example"]);
        assert_eq!(closest("bob@acme.exmple", &all), Some("bob@acme.example"));
        assert_eq!(closest("alice@fabrikam.example", &all), None);
    }
}
