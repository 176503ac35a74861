//! The optional TOML config file and the platform paths of the store and the config.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// Default wait for another writer before giving up with exit 7.
pub const DEFAULT_BUSY_TIMEOUT_MS: u32 = 5000;
/// Default time the mail command may take before it is stopped.
pub const DEFAULT_MAIL_TIMEOUT_MS: u32 = 30_000;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The portal link printed with codes (a partner's own `portal_url` wins).
    pub portal_url: Option<String>,
    /// How long to wait for another writer, in milliseconds.
    pub busy_timeout_ms: Option<u32>,
    /// Default for `--output`, as written in the file (read into `output` by `parse`).
    #[serde(rename = "output")]
    output_name: Option<String>,
    /// Default for `--output`.
    #[serde(skip)]
    pub output: Option<crate::model::Format>,
    /// Command that invitation and reset messages are piped to (after the commit).
    pub mail_command: Option<String>,
    /// How long the mail command may run before it is stopped, in milliseconds.
    pub mail_timeout_ms: Option<u32>,
    #[serde(default)]
    pub messages: Messages,
    #[serde(default)]
    pub policy: Policy,
}

/// The text people receive, in the operator's own words (`mail::PLACEHOLDERS` are filled in).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Messages {
    /// The body of an invitation message (`invite create --send`, `invite resend`).
    pub invitation: Option<String>,
    /// The body of a password-reset message (`contact reset --send`).
    pub reset: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Only these actors may delete; absent means everyone may.
    pub delete: Option<Vec<String>>,
}

impl Config {
    #[must_use]
    pub fn busy_timeout_ms(&self) -> u32 {
        self.busy_timeout_ms.unwrap_or(DEFAULT_BUSY_TIMEOUT_MS)
    }

    #[must_use]
    pub fn mail_timeout_ms(&self) -> u32 {
        self.mail_timeout_ms.unwrap_or(DEFAULT_MAIL_TIMEOUT_MS)
    }

    /// Reads the config. `explicit` is a path the user named (flag or env): it must exist.
    /// Without one, the platform default is read when it exists.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let (path, required) = match explicit {
            Some(p) => (p.to_path_buf(), true),
            None => match default_config_path() {
                Some(p) => (p, false),
                None => return Ok(Config::default()),
            },
        };
        trusted(&path)?;
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                return Ok(Config::default());
            }
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read the config file {}",
                    path.display()
                ))
                .caused_by(e)
                .with_hint("check --config / PORTALCTL_CONFIG"));
            }
        };
        Self::parse(&text, &path)
    }

    /// Parses config text; `path` only names the file in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            Error::usage(format!(
                "invalid config file {}: {}",
                path.display(),
                e.message()
            ))
            .with_hint(
                "known keys: portal_url, busy_timeout_ms, output, mail_command, mail_timeout_ms, [messages] invitation and reset, [policy] delete",
            )
        })?;
        if let Some(out) = &config.output_name {
            let format = clap::ValueEnum::from_str(out, false).map_err(|_| {
                Error::usage(format!(
                    "invalid config file {}: output must be table, json or csv, not {}",
                    path.display(),
                    crate::model::quote(out)
                ))
            })?;
            config.output = Some(format);
        }
        if let Some(url) = &config.portal_url {
            crate::model::http_url("config portal_url", url)?;
        }
        for (which, template) in [
            ("invitation", &config.messages.invitation),
            ("reset", &config.messages.reset),
        ] {
            if let Some(t) = template {
                crate::mail::check_template(which, t).map_err(|e| {
                    Error::usage(format!(
                        "invalid config file {}: {}",
                        path.display(),
                        e.message
                    ))
                    .with_hint(e.hint.clone().unwrap_or_default())
                })?;
            }
        }
        Ok(config)
    }
}

/// Refuses (exit 1) a config file that someone else could have written, as ssh treats its
/// files: writable by its group or by every user, or owned by another user than the one
/// running the command, root included (the config names a command portalctl runs). A link is
/// judged by the file it points to. A missing file is left to the caller.
fn trusted(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if meta.mode() & 0o022 != 0 {
        return Err(Error::failure(format!(
            "the config file {} is writable by other users (mode {:o}), who could make portalctl run their mail_command; refusing to read it",
            path.display(),
            meta.mode() & 0o777
        ))
        .with_hint(format!(
            "if you trust its contents, run: chmod go-w '{}'",
            path.display()
        )));
    }
    if let Some(me) = crate::store::current_uid()
        && meta.uid() != me
    {
        return Err(Error::failure(format!(
            "the config file {} belongs to another user (uid {}), who could make portalctl run their mail_command; refusing to read it",
            path.display(),
            meta.uid()
        ))
        .with_hint(
            "use a config file of your own (--config PATH or PORTALCTL_CONFIG), or take this one over with chown if you trust it",
        ));
    }
    Ok(())
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "portalctl")
}

/// `config.toml` in the platform config directory.
#[must_use]
pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// `portal.db` in the platform data directory.
pub fn default_db_path() -> Result<PathBuf> {
    project_dirs()
        .map(|d| d.data_dir().join("portal.db"))
        .ok_or_else(|| {
            Error::failure("cannot find a home directory for the default store")
                .with_hint("pass --db PATH or set PORTALCTL_DB")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_key() {
        let c = Config::parse(
            r#"
portal_url = "https://portal.example.com"
busy_timeout_ms = 250
output = "json"
mail_command = "sendmail -t"
[policy]
delete = ["alice", "ci-provisioner"]
"#,
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.busy_timeout_ms(), 250);
        assert_eq!(c.output, Some(crate::model::Format::Json));
        assert_eq!(c.policy.delete.unwrap(), vec!["alice", "ci-provisioner"]);
    }

    #[test]
    fn unknown_key_is_usage_error_naming_it() {
        let e = Config::parse("busy_timeout = 5\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("busy_timeout"), "{}", e.message);
        let e = Config::parse("[policy]\nremove = []\n", Path::new("c.toml")).unwrap_err();
        assert!(e.message.contains("remove"), "{}", e.message);
    }

    #[test]
    fn defaults() {
        let c = Config::parse("", Path::new("c.toml")).unwrap();
        assert_eq!(c.busy_timeout_ms(), DEFAULT_BUSY_TIMEOUT_MS);
        assert!(c.policy.delete.is_none());
    }

    #[test]
    fn bad_output_value() {
        assert!(Config::parse("output = \"xml\"\n", Path::new("c.toml")).is_err());
    }
}
