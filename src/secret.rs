//! Generating, formatting, normalising and hashing the secrets: authorization codes,
//! installation tokens and invitation tokens (SPEC "Secrets"). Every secret comes from the
//! operating system's generator; the store only ever sees its SHA-256.

use rand::TryRngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};

/// Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U.
pub const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a code or token (24 × 5 bits = 120 bits).
pub const CODE_LEN: usize = 24;
/// Characters per hyphen-separated group when printed.
const GROUP: usize = 4;

/// Fills `buf` from the operating system's secure generator.
fn os_random(buf: &mut [u8]) -> Result<()> {
    OsRng
        .try_fill_bytes(buf)
        .map_err(|e| Error::failure("the operating system's random generator failed").caused_by(e))
}

/// Draws `len` symbols uniformly from `alphabet` by rejection sampling on the operating
/// system's random bytes, so no symbol is favoured whatever the alphabet's size.
pub fn random_string(alphabet: &[u8], len: usize) -> Result<String> {
    sample(alphabet, len, os_random)
}

/// Rejection sampling of `len` symbols from `alphabet` on the bytes `fill` gives: a byte
/// maps to a symbol only below the largest multiple of the alphabet's size, so every symbol
/// has the same number of bytes that choose it.
fn sample(
    alphabet: &[u8],
    len: usize,
    mut fill: impl FnMut(&mut [u8]) -> Result<()>,
) -> Result<String> {
    assert!(
        !alphabet.is_empty() && alphabet.len() <= 256,
        "alphabet size must be 1..=256"
    );
    let n = alphabet.len();
    // Largest multiple of n not above 256: bytes at or past it would bias the draw.
    let limit = 256 - (256 % n);
    let mut out = String::with_capacity(len);
    let mut buf = [0u8; 64];
    while out.len() < len {
        fill(&mut buf)?;
        for &b in &buf {
            if usize::from(b) < limit {
                out.push(char::from(alphabet[usize::from(b) % n]));
                if out.len() == len {
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// A new code or token: 24 Crockford base32 characters, in its canonical (unhyphenated) form.
pub fn new_code() -> Result<String> {
    random_string(CROCKFORD, CODE_LEN)
}

/// The printed form: upper case, groups of four joined by hyphens (`7K3M-Q9ZD-...`).
#[must_use]
pub fn format_code(canonical: &str) -> String {
    let mut out = String::with_capacity(canonical.len() + canonical.len() / GROUP);
    for (i, c) in canonical.chars().enumerate() {
        if i > 0 && i % GROUP == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// Reads a code as a person may type it: case, spaces and hyphens ignored, `O` as `0`, `I` and
/// `L` as `1`. Returns `None` when what remains is not 24 Crockford characters.
#[must_use]
pub fn normalize_code(input: &str) -> Option<String> {
    let mut out = String::with_capacity(CODE_LEN);
    for c in input.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' | '\n' | '\r' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if CROCKFORD.contains(&u8::try_from(c).unwrap_or(b'?')) => c,
            _ => return None,
        };
        if out.len() == CODE_LEN {
            return None;
        }
        out.push(c);
    }
    (out.len() == CODE_LEN).then_some(out)
}

/// The SHA-256 of a code's canonical form, as stored.
#[must_use]
pub fn hash_code(canonical: &str) -> Vec<u8> {
    Sha256::digest(canonical.as_bytes()).to_vec()
}

/// The last four characters, kept for display.
#[must_use]
pub fn last_four(canonical: &str) -> String {
    canonical[canonical.len().saturating_sub(4)..].to_string()
}

/// What the store keeps of a code or token: its hash and its last four characters (for
/// display), never the code. Made here, where codes are made, so the store only stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub hash: Vec<u8>,
    pub last4: String,
}

impl Kept {
    /// What is kept of `canonical` (a code in canonical form).
    #[must_use]
    pub fn of(canonical: &str) -> Kept {
        Kept {
            hash: hash_code(canonical),
            last4: last_four(canonical),
        }
    }
}

/// Compares two hashes without leaking where they differ.
#[must_use]
pub fn hashes_equal(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// Passwords avoid look-alikes: no 0/O/o, 1/I/l/i.
pub const PASSWORD_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
/// Characters in a generated password (about 114 bits).
pub const PASSWORD_LEN: usize = 20;

/// Argon2id with OWASP's minimum: 19 MiB, two passes, one lane.
fn argon2() -> Result<argon2::Argon2<'static>> {
    let params = argon2::Params::new(19 * 1024, 2, 1, None)
        .map_err(|e| Error::failure("invalid Argon2 parameters").caused_by(e))?;
    Ok(argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        params,
    ))
}

/// A new generated password.
pub fn new_password() -> Result<String> {
    random_string(PASSWORD_ALPHABET, PASSWORD_LEN)
}

/// A new login password and its hash when `wanted` (both made before any write lock is
/// taken: hashing is the slow part), or neither.
pub fn new_login(wanted: bool) -> Result<(Option<String>, Option<String>)> {
    if !wanted {
        return Ok((None, None));
    }
    let password = new_password()?;
    let hash = hash_password(&password)?;
    Ok((Some(password), Some(hash)))
}

/// The Argon2id PHC string of `password`, with a fresh random salt.
pub fn hash_password(password: &str) -> Result<String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let mut salt = [0u8; 16];
    os_random(&mut salt)?;
    let salt = SaltString::encode_b64(&salt)
        .map_err(|e| Error::failure("cannot encode a salt").caused_by(e))?;
    argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::failure("cannot hash the password").caused_by(e))
}

/// The shortest password a person may choose.
pub const CHOSEN_MIN_CHARS: usize = 12;
/// The lowest zxcvbn score (0-4) a chosen password may have.
pub const CHOSEN_MIN_SCORE: u8 = 3;

/// Checks a password a person chose (never printed, never in a message): at least
/// `CHOSEN_MIN_CHARS` characters, not containing the person's email, its local part or their
/// name, and a zxcvbn score of at least `CHOSEN_MIN_SCORE` (the email and names count as
/// known words). A refusal is a usage error (exit 2) with the estimator's advice.
pub fn check_chosen_password(password: &str, email: &str, names: &[&str]) -> Result<()> {
    let refuse =
        |why: &str, advice: &str| {
            Err(Error::usage(format!("the new password is too weak: {why}")).with_hint(format!(
            "{advice}; the reset token still works, so run the command again with a better one"
        )))
        };
    let count = password.chars().count();
    if count < CHOSEN_MIN_CHARS {
        return refuse(
            &format!("it has {count} characters, fewer than {CHOSEN_MIN_CHARS}"),
            "use a longer password, such as a few unrelated words",
        );
    }
    let lower = crate::model::email_key(password);
    let local = email.split('@').next().unwrap_or_default();
    let personal: Vec<&str> = std::iter::once(email)
        .chain((local.chars().count() >= 3).then_some(local))
        .chain(names.iter().copied().filter(|n| n.chars().count() >= 3))
        .collect();
    if personal
        .iter()
        .any(|p| lower.contains(&crate::model::email_key(p)))
    {
        return refuse(
            "it contains the person's email or name",
            "choose one that says nothing about who you are",
        );
    }
    let estimate = zxcvbn::zxcvbn(password, &personal);
    if u8::from(estimate.score()) < CHOSEN_MIN_SCORE {
        let feedback = estimate.feedback();
        let why = feedback
            .and_then(zxcvbn::feedback::Feedback::warning)
            .map_or_else(
                || "it would be guessed too easily".to_string(),
                |w| w.to_string().trim_end_matches('.').to_lowercase(),
            );
        let advice = feedback
            .map(|f| {
                f.suggestions()
                    .iter()
                    .map(|s| s.to_string().trim_end_matches('.').to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| "add another word or two that are not related".to_string());
        return refuse(
            &format!(
                "{why} (strength {} of 4, at least {CHOSEN_MIN_SCORE} needed)",
                u8::from(estimate.score())
            ),
            &advice,
        );
    }
    Ok(())
}

/// A hash of nothing anyone knows, with the same parameters, so that refusing an unknown
/// login costs the same time as refusing a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$VvJ0bO5XnC4x5Z0cE4sQeN0wWk0z8Pq8oVb8zYl9w6s";

/// Whether `password` matches the PHC string `stored`; with `None`, verifies against a dummy
/// hash (and refuses) so every refusal takes about as long.
#[must_use]
pub fn verify_password(password: &str, stored: Option<&str>) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    let (phc, real) = match stored {
        Some(s) => (s, true),
        None => (DUMMY_HASH, false),
    };
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let Ok(a) = argon2() else {
        return false;
    };
    a.verify_password(password.as_bytes(), &parsed).is_ok() && real
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_24_crockford_characters_and_distinct() {
        let mut seen = HashSet::new();
        for _ in 0..10_000 {
            let c = new_code().unwrap();
            assert_eq!(c.len(), CODE_LEN);
            assert!(c.bytes().all(|b| CROCKFORD.contains(&b)), "{c}");
            assert!(seen.insert(c), "duplicate code");
        }
    }

    /// Pearson's chi-square of `text`'s symbols against a uniform draw from `alphabet`.
    fn chi_square(alphabet: &[u8], text: &str) -> f64 {
        let mut counts = vec![0f64; alphabet.len()];
        for b in text.bytes() {
            counts[alphabet.iter().position(|&x| x == b).unwrap()] += 1.0;
        }
        let expected = text.len() as f64 / alphabet.len() as f64;
        counts
            .iter()
            .map(|c| (c - expected).powi(2) / expected)
            .sum()
    }

    /// A seeded generator: the same bytes on every run, so a bound on them cannot flake.
    fn seeded(seed: u64) -> impl FnMut(&mut [u8]) -> Result<()> {
        use rand::{RngCore, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        move |buf| {
            rng.fill_bytes(buf);
            Ok(())
        }
    }

    #[test]
    fn every_byte_value_once_gives_every_symbol_equally_often() {
        // Bytes 0..=255 in turn: rejection must drop exactly 256 % n of them and give each
        // symbol the same count, for every alphabet size.
        for n in [1usize, 7, 31, 32, 54, 94] {
            let alphabet: Vec<u8> = (b'!'..=b'~').take(n).collect();
            let mut next = 0u8;
            let counter = |buf: &mut [u8]| {
                for b in buf.iter_mut() {
                    *b = next;
                    next = next.wrapping_add(1);
                }
                Ok(())
            };
            let per = 256 / n;
            let s = sample(&alphabet, per * n * 3, counter).unwrap();
            for symbol in &alphabet {
                let count = s.bytes().filter(|b| b == symbol).count();
                assert_eq!(count, per * 3, "alphabet of {n}: symbol {symbol}");
            }
        }
    }

    #[test]
    fn symbols_are_uniform_by_chi_square_on_a_seeded_generator() {
        for seed in 0..20 {
            let codes = sample(CROCKFORD, 240_000, seeded(seed)).unwrap();
            // 31 degrees of freedom: p = 0.0001 critical value is about 66.6.
            let chi2 = chi_square(CROCKFORD, &codes);
            assert!(chi2 < 66.6, "seed {seed}: chi-square {chi2}");
            let odd = sample(b"abcdefg", 70_000, seeded(seed)).unwrap();
            // 6 degrees of freedom: about 27.9.
            let chi2 = chi_square(b"abcdefg", &odd);
            assert!(chi2 < 27.9, "seed {seed}: chi-square {chi2}");
            let passwords = sample(PASSWORD_ALPHABET, 100_000, seeded(seed)).unwrap();
            // 53 degrees of freedom: about 95.
            let chi2 = chi_square(PASSWORD_ALPHABET, &passwords);
            assert!(chi2 < 95.0, "seed {seed}: chi-square {chi2}");
        }
    }

    #[test]
    fn a_biased_draw_fails_the_chi_square() {
        // The check can fail: a naive modulo over 90 symbols favours the first 76.
        let mut fill = seeded(1);
        let mut buf = vec![0u8; 100_000];
        fill(&mut buf).unwrap();
        let alphabet: Vec<u8> = (b'!'..=b'~').take(90).collect();
        let naive: String = buf
            .iter()
            .map(|&b| char::from(alphabet[usize::from(b) % 90]))
            .collect();
        assert!(chi_square(&alphabet, &naive) > 1000.0);
    }

    #[test]
    fn the_os_generator_draws_every_symbol_near_evenly() {
        // A smoke test of the real source: 240,000 symbols over 32. A chi-square above 300
        // (31 degrees of freedom) has a probability far below 1e-40 from a sound generator;
        // a stuck or broken one reads in the hundreds of thousands.
        let s = random_string(CROCKFORD, 240_000).unwrap();
        let chi2 = chi_square(CROCKFORD, &s);
        assert!(chi2 < 300.0, "chi-square {chi2}");
    }

    #[test]
    fn format_groups_of_four() {
        let c = "0123456789ABCDEFGHJKMNPQ";
        assert_eq!(format_code(c), "0123-4567-89AB-CDEF-GHJK-MNPQ");
    }

    #[test]
    fn input_is_forgiving() {
        let c = "0123456789ABCDEFGHJKMNPQ";
        assert_eq!(
            normalize_code("0123-4567-89ab-cdef-ghjk-mnpq").as_deref(),
            Some(c)
        );
        assert_eq!(
            normalize_code(" o123 4567 89AB CDEF GHJK MNPQ ").as_deref(),
            Some(c)
        );
        assert_eq!(
            normalize_code("0I23-4567-89AB-CDEF-GHJK-MNPQ").as_deref(),
            Some("0123456789ABCDEFGHJKMNPQ")
        );
        assert_eq!(
            normalize_code("0l23456789ABCDEFGHJKMNPQ").as_deref(),
            Some(c)
        );
        assert_eq!(normalize_code("0123"), None);
        assert_eq!(normalize_code("0123456789ABCDEFGHJKMNPQR"), None);
        assert_eq!(normalize_code("0123456789ABCDEFGHJKMNPU"), None);
        assert_eq!(normalize_code("0123456789ABCDEFGHJKMNPé"), None);
    }

    #[test]
    fn passwords_are_20_unambiguous_characters() {
        for _ in 0..200 {
            let p = new_password().unwrap();
            assert_eq!(p.chars().count(), PASSWORD_LEN);
            assert!(p.bytes().all(|b| PASSWORD_ALPHABET.contains(&b)), "{p}");
        }
        for ambiguous in b"0O1Iil" {
            assert!(!PASSWORD_ALPHABET.contains(ambiguous));
        }
    }

    #[test]
    fn chosen_passwords_are_judged_by_length_person_and_strength() {
        let check = |p: &str| check_chosen_password(p, "pat.smith@x.example", &["Pat Smith"]);
        for weak in [
            "short",
            "password1234",
            "aaaaaaaaaaaaaaaa",
            "pat.smith@x.example!!",
            "xxPat SmithQuokka9",
            "qwertyuiop123",
        ] {
            let e = check(weak).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{weak}");
            assert!(
                !e.to_string().contains(weak),
                "a refusal never repeats the password"
            );
        }
        check("correct horse battery staple lamp").unwrap();
        check("Tq7#vL2m!xPz9wKe").unwrap();
    }

    #[test]
    fn password_hashes_are_argon2id_phc_and_verify() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password("correct horse", Some(&h)));
        assert!(!verify_password("wrong horse", Some(&h)));
        assert!(!verify_password("correct horse", None));
        assert!(!verify_password("x", Some("not a phc string")));
        // Two hashes of one password differ by their salt.
        assert_ne!(h, hash_password("correct horse").unwrap());
    }

    #[test]
    fn the_dummy_hash_parses_with_the_real_parameters() {
        use argon2::password_hash::PasswordHash;
        let parsed = PasswordHash::new(DUMMY_HASH).unwrap();
        let real = hash_password("x").unwrap();
        let real = PasswordHash::new(&real).unwrap();
        assert_eq!(parsed.params, real.params);
        assert_eq!(parsed.hash.map(|h| h.len()), real.hash.map(|h| h.len()));
    }

    #[test]
    fn hashing_and_comparison() {
        let h = hash_code("0123456789ABCDEFGHJKMNPQ");
        assert_eq!(h.len(), 32);
        assert!(hashes_equal(&h, &hash_code("0123456789ABCDEFGHJKMNPQ")));
        assert!(!hashes_equal(&h, &hash_code("0123456789ABCDEFGHJKMNPR")));
        assert_eq!(last_four("0123456789ABCDEFGHJKMNPQ"), "MNPQ");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        #[test]
        fn normalising_any_text_never_panics(text in "\\PC{0,64}") {
            if let Some(c) = normalize_code(&text) {
                proptest::prop_assert_eq!(c.len(), CODE_LEN);
                proptest::prop_assert!(c.bytes().all(|b| CROCKFORD.contains(&b)));
            }
        }

        #[test]
        fn a_printed_code_reads_back_however_it_is_typed(
            raw in "[0-9A-HJKMNP-TV-Z]{24}",
            lower in proptest::bool::ANY,
            spaced in proptest::bool::ANY,
        ) {
            let mut typed = format_code(&raw);
            if lower {
                typed = typed.to_lowercase();
            }
            if spaced {
                typed = typed.replace('-', " ");
            }
            proptest::prop_assert_eq!(normalize_code(&typed), Some(raw));
        }
    }
}
