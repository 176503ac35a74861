//! The one clock every command reads, and the times a user types (`--since 7d`, `--expires
//! 12h`) as stored timestamps: RFC 3339 UTC to the second.
//!
//! `PORTALCTL_TEST_NOW` (an RFC 3339 time) fixes the clock. It exists for tests, which would
//! otherwise have to sleep to let an invitation expire; it is not an operator's setting and
//! not part of the command-line contract.

use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::model::quote;

/// The test-only variable that fixes "now".
pub const TEST_NOW: &str = "PORTALCTL_TEST_NOW";

/// The fixed time `PORTALCTL_TEST_NOW` names, read once: `None` when unset or empty.
fn fixed() -> &'static std::result::Result<Option<time::OffsetDateTime>, String> {
    static FIXED: OnceLock<std::result::Result<Option<time::OffsetDateTime>, String>> =
        OnceLock::new();
    FIXED.get_or_init(|| match std::env::var(TEST_NOW) {
        Ok(v) if !v.trim().is_empty() => {
            time::OffsetDateTime::parse(v.trim(), &time::format_description::well_known::Rfc3339)
                .map(Some)
                .map_err(|_| v)
        }
        _ => Ok(None),
    })
}

/// Refuses a `PORTALCTL_TEST_NOW` that is not a time (exit 2), before any command reads the
/// clock.
pub fn check() -> Result<()> {
    match fixed() {
        Ok(_) => Ok(()),
        Err(v) => Err(
            Error::usage(format!("{TEST_NOW} {} is not a time", quote(v))).with_hint(
                "use RFC 3339 (2026-01-31T08:00:00Z), or unset it: it is meant for tests",
            ),
        ),
    }
}

/// Now: the system clock, or the time `PORTALCTL_TEST_NOW` fixes.
#[must_use]
pub fn now() -> time::OffsetDateTime {
    match fixed() {
        Ok(Some(t)) => *t,
        _ => time::OffsetDateTime::now_utc(),
    }
}

/// Now as stored.
#[must_use]
pub fn now_rfc3339() -> String {
    rfc3339(now())
}

/// A duration typed as `30s`, `90m`, `12h`, `7d` or `2w`, in seconds.
pub fn duration_secs(raw: &str) -> Result<i64> {
    let t = raw.trim();
    let bad = || {
        Error::usage(format!("{} is not a duration", quote(t)))
            .with_hint("use a number and a unit: 30s, 90m, 12h, 7d, 2w")
    };
    let split = t.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (num, unit) = t.split_at(split);
    let n: i64 = num.parse().map_err(|_| bad())?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(bad()),
    };
    n.checked_mul(mult)
        .filter(|s| *s > 0 && *s <= 100 * 365 * 86_400)
        .ok_or_else(bad)
}

/// Formats a point in time as stored: RFC 3339 UTC to the second.
#[must_use]
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    // Past the year 9999 in UTC (9999-12-31T23:00:00-02:00) the offset cannot be changed;
    // such a time is later than any stored one, so the latest representable second stands in.
    let t = t
        .checked_to_offset(time::UtcOffset::UTC)
        .unwrap_or(time::PrimitiveDateTime::MAX.assume_utc());
    if t.year() < 0 {
        // RFC 3339 has no year before 0000; nothing stored is that old.
        return "0000-01-01T00:00:00Z".to_string();
    }
    t.replace_nanosecond(0)
        .unwrap_or(t)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

/// A point in time typed as RFC 3339, a date (`2026-01-31`, midnight UTC) or an age before
/// `now` (`12h`, `7d`), as a stored timestamp.
pub fn since(raw: &str, now: time::OffsetDateTime) -> Result<String> {
    use time::format_description::well_known::Rfc3339;
    let t = raw.trim();
    if let Ok(dt) = time::OffsetDateTime::parse(t, &Rfc3339) {
        return Ok(rfc3339(dt));
    }
    let date_format = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(d) = time::Date::parse(t, &date_format) {
        return Ok(rfc3339(d.midnight().assume_utc()));
    }
    match duration_secs(t) {
        Ok(secs) => Ok(rfc3339(
            now.checked_sub(time::Duration::seconds(secs))
                .unwrap_or(time::PrimitiveDateTime::MIN.assume_utc()),
        )),
        Err(_) => Err(
            Error::usage(format!("{} is not a time", quote(t))).with_hint(
                "use RFC 3339 (2026-01-31T08:00:00Z), a date (2026-01-31) or an age (90m, 12h, 7d)",
            ),
        ),
    }
}

/// The end of a `log --until` range: like `since`, but a bare date means the end of that
/// day (so `--since 2026-01-31 --until 2026-01-31` is that whole day).
pub fn until(raw: &str, now: time::OffsetDateTime) -> Result<String> {
    let date_format = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(d) = time::Date::parse(raw.trim(), &date_format) {
        let end = d
            .with_hms(23, 59, 59)
            .map_or(time::PrimitiveDateTime::MAX, |t| t)
            .assume_utc();
        return Ok(rfc3339(end));
    }
    since(raw, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration_secs("30s").unwrap(), 30);
        assert_eq!(duration_secs("12h").unwrap(), 43_200);
        assert_eq!(duration_secs("7d").unwrap(), 604_800);
        for bad in ["", "7", "d", "-1d", "7y", "0d", "99999999999999999999d"] {
            assert_eq!(duration_secs(bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn since_forms() {
        let now = time::macros::datetime!(2026-11-23 12:00:00 UTC);
        assert_eq!(since("2026-11-01", now).unwrap(), "2026-11-01T00:00:00Z");
        assert_eq!(
            since("2026-11-01T10:00:00+02:00", now).unwrap(),
            "2026-11-01T08:00:00Z"
        );
        assert_eq!(since("12h", now).unwrap(), "2026-11-23T00:00:00Z");
        assert_eq!(since("yesterday", now).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn the_edges_of_time_are_answered() {
        let now = time::macros::datetime!(2026-11-23 12:00:00 UTC);
        assert_eq!(
            since("9999-12-31T23:00:00-02:00", now).unwrap(),
            "9999-12-31T23:59:59Z"
        );
        assert_eq!(
            since("0000-01-01T00:00:00+23:59", now).unwrap(),
            "0000-01-01T00:00:00Z"
        );
        assert_eq!(until("2026-01-31", now).unwrap(), "2026-01-31T23:59:59Z");
        assert_eq!(until("9999-12-31", now).unwrap(), "9999-12-31T23:59:59Z");
        let early = time::macros::datetime!(-9999-01-01 00:00:00 UTC);
        assert_eq!(since("5200w", early).unwrap(), "0000-01-01T00:00:00Z");
    }

    fn arbitrary_time() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        (
            0i32..=9999,
            1u8..=12,
            1u8..=31,
            0u8..=23,
            0u8..=59,
            0u8..=59,
            proptest::bool::ANY,
            0u8..=23,
            0u8..=59,
        )
            .prop_map(|(y, mo, d, h, mi, s, east, oh, om)| {
                let sign = if east { '+' } else { '-' };
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{sign}{oh:02}:{om:02}")
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Any RFC 3339 time, any date and any duration, at any "now" time can hold: an
        /// answer or a usage error, never a panic, and answers are stored-form timestamps.
        #[test]
        fn times_never_panic(t in arbitrary_time(), now_secs in -377_705_116_800i64..=253_402_300_799) {
            let now = time::OffsetDateTime::from_unix_timestamp(now_secs).unwrap();
            for v in [since(&t, now), until(&t, now)].into_iter().flatten() {
                proptest::prop_assert_eq!(v.len(), 20, "{}", v);
                proptest::prop_assert!(v.ends_with('Z'));
            }
            let date = &t[..10];
            let _ = since(date, now);
            let _ = until(date, now);
        }

        #[test]
        fn durations_never_panic(n in proptest::num::u64::ANY, unit in "[smhdwy]?", junk in "\\PC{0,3}") {
            for raw in [format!("{n}{unit}"), format!("{n}{unit}{junk}"), format!("-{n}{unit}")] {
                match duration_secs(&raw) {
                    Ok(secs) => proptest::prop_assert!(secs > 0 && secs <= 100 * 365 * 86_400),
                    Err(e) => proptest::prop_assert_eq!(e.exit_code(), 2),
                }
                let now = time::OffsetDateTime::now_utc();
                let _ = since(&raw, now);
                let _ = until(&raw, now);
            }
        }
    }
}
