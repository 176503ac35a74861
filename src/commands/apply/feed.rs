//! The streaming hand-off of `apply`: the tree file read and parsed on a thread of its own,
//! its partners handed to the walk as they are read (a bounded channel: the reading runs at
//! most a few parts ahead), or the whole tree kept when something must see it first.

use std::cell::{OnceCell, RefCell};
use std::sync::mpsc::{Receiver, SyncSender};
use std::thread::{Scope, ScopedJoinHandle};

use crate::error::{Error, Result};
use crate::tree::{self, CustomerSpec, Part, Tree};

/// Whether the file is walked once, as it is read: always in a dry run (one rehearsal, no
/// progress bar); otherwise not when a plan walks it before the lock (a prune to confirm;
/// logins, which may need a password made first: the test of `run_parsing`), nor when a
/// progress bar needs its size first.
pub(super) fn streams(text: &str, dry_run: bool, prune: bool, yes: bool, progress: bool) -> bool {
    let plans = (prune && !yes) || text.contains("login");
    dry_run || !(plans || progress)
}

/// The tree file's text and the name it is reported by (`<stdin>` for `-`).
pub(super) fn read_file(file: &str) -> Result<(String, String)> {
    if file == "-" {
        let mut buf = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::usage("cannot read the tree from standard input").caused_by(e))?;
        return Ok((buf, "<stdin>".to_string()));
    }
    let text = std::fs::read_to_string(file).map_err(|e| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            crate::error::Kind::NotFound
        } else {
            crate::error::Kind::Usage
        };
        Error::new(kind, format!("cannot read {file}: {e}"))
    })?;
    Ok((text, file.to_string()))
}

/// The tree file, parsed on a thread of its own while the store is opened and its snapshot
/// read (for the plan, or under the write lock): at 100,000 customers the two take about as
/// long. What needs the tree waits for it; a file that is not valid is reported before any
/// error of the store, as when it was read first.
///
/// An apply that walks the file once (no plan before the lock, no progress bar to size) takes
/// its partners as they are read (`Parsing::parts`) instead of waiting for the whole file: the
/// walk of what is read overlaps the reading of the rest, and what was walked is freed. The
/// file's error still wins: the walk's writes are rolled back and the file is reported.
pub(super) struct Parsing<'s> {
    thread: RefCell<Option<ScopedJoinHandle<'s, Result<Tree>>>>,
    /// The partners as they are read, for the one walk that takes them.
    pub(super) parts: RefCell<Option<Feed>>,
    /// The parsed tree; when the partners were streamed, only what comes after them.
    pub(super) tree: OnceCell<Tree>,
    streamed: bool,
}

/// Where the walk takes the partners of a streamed file from: as they are read, or (when the
/// whole file had to be read first: a store that does not exist yet is created only for a
/// valid file) from what was read.
pub(super) enum Feed {
    Live(Receiver<Part>),
    Read(Vec<Part>),
}

/// Customers handed to the walk this many at a time (not one message per customer).
const CUSTOMERS_AT_ONCE: usize = 256;

/// The parser's side of a streamed file.
struct Sending {
    to: SyncSender<Part>,
    customers: Vec<CustomerSpec>,
}

impl Sending {
    fn push(&mut self, part: Part) {
        match part {
            Part::Customers(mut more) => {
                self.customers.append(&mut more);
                if self.customers.len() >= CUSTOMERS_AT_ONCE {
                    self.flush();
                }
            }
            partner @ Part::Partner(_) => {
                self.flush();
                self.send(partner);
            }
        }
    }

    fn flush(&mut self) {
        if !self.customers.is_empty() {
            let more = std::mem::take(&mut self.customers);
            self.send(Part::Customers(more));
        }
    }

    /// A walk that stopped (on its own error) takes no more; the reading goes on, for the
    /// file's error, which is reported first.
    fn send(&self, part: Part) {
        let _ = self.to.send(part);
    }
}

/// How many parts (a partner, or up to `CUSTOMERS_AT_ONCE` customers) the reading may be
/// ahead of the walk.
const PARTS_AHEAD: usize = 8;

impl<'s> Parsing<'s> {
    pub(super) fn start<'e>(
        scope: &'s Scope<'s, 'e>,
        text: &'s str,
        source: &'s str,
        stream: bool,
    ) -> Self {
        if !stream {
            return Parsing {
                thread: RefCell::new(Some(scope.spawn(move || tree::parse(text, source)))),
                parts: RefCell::new(None),
                tree: OnceCell::new(),
                streamed: false,
            };
        }
        // Bounded: the reading runs at most `PARTS_AHEAD` parts ahead of the walk, so the
        // memory they hold is set by the design, not by how busy the machine is (a receiver
        // dropped on an error lets the reading run to the file's end, for its error).
        let (to, parts) = std::sync::mpsc::sync_channel(PARTS_AHEAD);
        let thread = scope.spawn(move || {
            let mut sending = Sending {
                to,
                customers: Vec::new(),
            };
            let rest = tree::parse_each(text, source, |part| sending.push(part));
            sending.flush();
            rest
        });
        Parsing {
            thread: RefCell::new(Some(thread)),
            parts: RefCell::new(Some(Feed::Live(parts))),
            tree: OnceCell::new(),
            streamed: true,
        }
    }

    /// The partners as they are read, once (`None` when the whole tree is kept instead).
    pub(super) fn parts(&self) -> Result<Option<Box<dyn Iterator<Item = Part>>>> {
        if !self.streamed {
            return Ok(None);
        }
        match self.parts.borrow_mut().take() {
            Some(Feed::Live(parts)) => Ok(Some(Box::new(parts.into_iter()))),
            Some(Feed::Read(parts)) => Ok(Some(Box::new(parts.into_iter()))),
            None => Err(Error::failure("the tree file was walked already")),
        }
    }

    /// The whole file read (its error, if any), keeping what a streamed reading handed over
    /// for the walk that comes after.
    pub(super) fn whole(&self) -> Result<&Tree> {
        let taken = self.parts.borrow_mut().take();
        let kept = match taken {
            Some(Feed::Live(parts)) => Some(Feed::Read(parts.into_iter().collect())),
            other => other,
        };
        *self.parts.borrow_mut() = kept;
        self.tree()
    }

    /// The number of entities in the file, for a progress bar (not known while streamed).
    pub(super) fn len(&self) -> Result<Option<usize>> {
        if self.streamed {
            return Ok(None);
        }
        Ok(Some(self.tree()?.len()))
    }

    /// `done`, unless it failed before the tree was needed (the store busy, say) and the
    /// file is not valid either: then the file's error, which is what to fix first.
    pub(super) fn before(&self, done: Result<()>) -> Result<()> {
        match done {
            Err(e) if self.thread.borrow().is_some() => {
                // No walk takes the parts now: with the receiver gone, the reading runs on
                // to the file's end, for its error.
                drop(self.parts.borrow_mut().take());
                self.tree().and(Err(e))
            }
            done => done,
        }
    }

    /// The parsed tree, once the thread is done (its error, the first time it is asked); when
    /// streamed, the direct customers and unassigned probes only.
    pub(super) fn tree(&self) -> Result<&Tree> {
        if let Some(tree) = self.tree.get() {
            return Ok(tree);
        }
        let thread = self
            .thread
            .borrow_mut()
            .take()
            .ok_or_else(|| Error::failure("the tree file could not be read"))?;
        let tree = thread
            .join()
            .map_err(|_| Error::failure("reading the tree file stopped unexpectedly"))??;
        Ok(self.tree.get_or_init(|| tree))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    #[test]
    fn only_an_apply_that_walks_the_file_once_streams_it() {
        let text = "[[customer]]\nname = \"D\"\nemail = \"d@d.example\"\n";
        assert!(streams(text, false, false, false, false));
        assert!(
            streams(text, false, true, true, false),
            "a prune with --yes plans under the lock"
        );
        assert!(
            streams(text, true, true, false, true),
            "a dry run plans nothing before and shows no progress"
        );
        assert!(
            !streams(text, false, true, false, false),
            "a prune to confirm"
        );
        assert!(
            !streams(text, false, false, false, true),
            "a progress bar to size"
        );
        let login = format!("{text}# login\n");
        assert!(
            !streams(&login, false, false, false, false),
            "logins to plan"
        );
        assert!(streams(&login, true, false, false, false));
    }

    #[test]
    fn a_streamed_file_comes_in_parts_in_its_order_and_the_rest_after() {
        let mut text = String::new();
        for (p, n) in [("A", 600), ("B", 3)] {
            let _ = write!(
                text,
                "[[partner]]\nname = \"{p}\"\nemail = \"o@{p}.example\"\n"
            );
            for c in 0..n {
                let _ = write!(
                    text,
                    "[[partner.customer]]\nname = \"{p}{c}\"\nemail = \"i@c.example\"\n"
                );
            }
        }
        text.push_str("[[customer]]\nname = \"D\"\nemail = \"d@d.example\"\n");
        std::thread::scope(|scope| {
            let parsing = Parsing::start(scope, &text, "t.toml", true);
            let mut seen = Vec::new();
            let mut parts = 0;
            for part in parsing.parts().unwrap().unwrap() {
                parts += 1;
                match part {
                    Part::Partner(p) => {
                        seen.push(p.name.clone());
                        seen.extend(p.customers.into_iter().map(|c| c.name));
                    }
                    Part::Customers(more) => seen.extend(more.into_iter().map(|c| c.name)),
                }
            }
            // A's 600 customers in more than one part.
            assert!(parts >= 4, "{parts} parts");
            let mut want = vec!["A".to_string()];
            want.extend((0..600).map(|c| format!("A{c}")));
            want.push("B".to_string());
            want.extend((0..3).map(|c| format!("B{c}")));
            assert_eq!(seen, want);
            let rest = parsing.tree().unwrap();
            assert!(rest.partners.is_empty());
            assert_eq!(rest.direct.len(), 1);
            assert!(parsing.parts().is_err(), "the parts are walked once");
            assert_eq!(parsing.len().unwrap(), None);
        });
    }
}
