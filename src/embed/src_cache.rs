//! Which `src` datasets are loading, loaded, refused or failed, and who is waiting for them. Pure
//! bookkeeping, tested natively; `remote` does the fetching and `element` the waking.
//!
//! - One fetch per URL, however many widgets ask; each widget waits at most once (asking again
//!   while loading replaces its place, so a burst of attribute changes ends in one render).
//! - A widget that stops waiting (removed, or its `src` changed) leaves; when the last one
//!   leaves, the fetch is aborted and forgotten.
//! - Definitive answers (a dataset, or a refusal such as a 404 or invalid data) are kept for the
//!   page's life. Transient failures (network errors, 5xx, timeouts) are kept only until their
//!   back-off has passed: the next widget to ask after that tries again.
//! - Except for `blob:` URLs: one names a single object that its page revokes when done with it
//!   (a page that previews as the author types makes one per version), so what is known of one
//!   is forgotten once no widget's `src` names it, when a widget next asks for a URL. Not when
//!   the last one leaves: a widget moved in the page leaves and comes back at once.

/// Why a fetch gave no dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It will not get better by asking again: a 4xx, invalid data, too large, not JSON.
    Refused(String),
    /// It may: a network error, a 5xx, a timeout.
    Transient(String),
}

/// What a widget asking for a URL hears.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer<D> {
    Ready(D),
    /// The reason, whether definitive or transient.
    Unusable(String),
    Loading,
}

/// Waits before the first, second, … retry of a transient failure: 2, 4, 8, 16, 32, then 60 s.
pub fn backoff_ms(failures: u32) -> f64 {
    let doubled = 2_000.0 * f64::from(1u32 << failures.saturating_sub(1).min(5));
    doubled.min(60_000.0)
}

enum State<D, F> {
    /// Nothing in flight and nothing known (the last fetch was aborted): the next ask starts
    /// one, counting the failures before it for the back-off.
    Idle {
        failures: u32,
    },
    Loading {
        flight: F,
        number: u64,
        waiting: Vec<u32>,
        failures: u32,
    },
    Ready(D),
    Refused(String),
    Failed {
        reason: String,
        retry_at: f64,
        failures: u32,
    },
}

/// What the caller must do after [`SrcCache::want`].
pub struct Effects<F> {
    /// Start fetching this URL; report the result with this number to [`SrcCache::finish`].
    pub start: Option<(String, u64)>,
    /// Abort these fetches: nobody waits for them any more.
    pub abort: Vec<F>,
}

struct Entry<D, F> {
    url: String,
    state: State<D, F>,
    /// The widgets whose `src` names this URL now.
    users: Vec<u32>,
}

/// `D` is a dataset (cheap to clone, e.g. an `Rc`), `F` whatever aborts a fetch in flight.
pub struct SrcCache<D, F> {
    // A page names few dataset URLs: a list is smaller in the wasm than a map.
    entries: Vec<Entry<D, F>>,
    next_number: u64,
}

impl<D: Clone, F> Default for SrcCache<D, F> {
    fn default() -> Self {
        Self::new()
    }
}

impl<D: Clone, F> SrcCache<D, F> {
    pub const fn new() -> Self {
        Self { entries: Vec::new(), next_number: 0 }
    }

    /// Widget `id` now wants `url` (or, with `None`, nothing any more), at time `now` in ms.
    /// `flight` is called only if a fetch must start, to make what can abort it.
    pub fn want(
        &mut self,
        id: u32,
        url: Option<&str>,
        now: f64,
        flight: impl FnOnce() -> F,
    ) -> (Option<Answer<D>>, Effects<F>) {
        let mut effects = Effects { start: None, abort: Vec::new() };
        self.leave(id, url, &mut effects);
        let Some(url) = url else { return (None, effects) };
        self.entries.retain(|e| {
            e.url == url
                || !e.users.is_empty()
                || !e.url.starts_with("blob:")
                || matches!(e.state, State::Loading { .. })
        });
        let at = match self.entries.iter().position(|e| e.url == url) {
            Some(i) => i,
            None => {
                let state = State::Idle { failures: 0 };
                self.entries.push(Entry { url: url.to_string(), state, users: Vec::new() });
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[at];
        if !entry.users.contains(&id) {
            entry.users.push(id);
        }
        let failures = match &mut entry.state {
            State::Ready(d) => return (Some(Answer::Ready(d.clone())), effects),
            State::Refused(reason) => return (Some(Answer::Unusable(reason.clone())), effects),
            State::Failed { reason, retry_at, .. } if now < *retry_at => {
                return (Some(Answer::Unusable(reason.clone())), effects);
            }
            State::Loading { waiting, .. } => {
                if !waiting.contains(&id) {
                    waiting.push(id);
                }
                return (Some(Answer::Loading), effects);
            }
            State::Failed { failures, .. } | State::Idle { failures } => *failures,
        };
        let number = self.next_number;
        self.next_number += 1;
        entry.state = State::Loading { flight: flight(), number, waiting: vec![id], failures };
        effects.start = Some((url.to_string(), number));
        (Some(Answer::Loading), effects)
    }

    /// Takes `id` out of every URL's users and waits except for `keep`'s; fetches left with
    /// nobody waiting are aborted.
    fn leave(&mut self, id: u32, keep: Option<&str>, effects: &mut Effects<F>) {
        for entry in &mut self.entries {
            if Some(entry.url.as_str()) == keep {
                continue;
            }
            entry.users.retain(|&u| u != id);
            let State::Loading { waiting, failures, .. } = &mut entry.state else { continue };
            waiting.retain(|&w| w != id);
            if waiting.is_empty() {
                let failures = *failures;
                if let State::Loading { flight, .. } = std::mem::replace(&mut entry.state, State::Idle { failures }) {
                    effects.abort.push(flight);
                }
            }
        }
    }

    /// Whether some URL's answer is a dataset for which `is` holds.
    pub fn has_dataset(&self, is: impl Fn(&D) -> bool) -> bool {
        self.entries.iter().any(|e| matches!(&e.state, State::Ready(d) if is(d)))
    }

    /// The fetch numbered `number` for `url` ended. Returns the widgets to wake; none when the
    /// fetch was aborted or superseded meanwhile.
    pub fn finish(&mut self, url: &str, number: u64, outcome: Result<D, Problem>, now: f64) -> Vec<u32> {
        let Some(Entry { state, .. }) = self.entries.iter_mut().find(|e| e.url == url) else { return Vec::new() };
        let (waiting, failures) = match state {
            State::Loading { number: n, waiting, failures, .. } if *n == number => (std::mem::take(waiting), *failures),
            _ => return Vec::new(),
        };
        *state = match outcome {
            Ok(dataset) => State::Ready(dataset),
            Err(Problem::Refused(reason)) => State::Refused(reason),
            Err(Problem::Transient(reason)) => {
                let failures = failures + 1;
                State::Failed { reason, retry_at: now + backoff_ms(failures), failures }
            }
        };
        waiting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Cache = SrcCache<&'static str, &'static str>;
    const A: &str = "https://a.example/data.json";
    const B: &str = "https://b.example/data.json";

    fn want(
        c: &mut Cache,
        id: u32,
        url: Option<&str>,
        now: f64,
    ) -> (Option<Answer<&'static str>>, Effects<&'static str>) {
        c.want(id, url, now, || "flight")
    }

    #[test]
    fn one_fetch_per_url_and_one_wake_per_widget() {
        let mut c = Cache::new();
        let (answer, effects) = want(&mut c, 1, Some(A), 0.0);
        assert_eq!(answer, Some(Answer::Loading));
        let (url, number) = effects.start.expect("the first asker starts the fetch");
        assert_eq!(url, A);
        for _ in 0..50 {
            // Attribute changes while loading: the widget asks again and again.
            let (answer, effects) = want(&mut c, 1, Some(A), 1.0);
            assert_eq!(answer, Some(Answer::Loading));
            assert!(effects.start.is_none());
        }
        let (_, effects) = want(&mut c, 2, Some(A), 1.0);
        assert!(effects.start.is_none(), "a second widget shares the fetch");
        assert_eq!(c.finish(A, number, Ok("data"), 2.0), [1, 2], "each widget is woken once");
        assert_eq!(want(&mut c, 3, Some(A), 3.0).0, Some(Answer::Ready("data")));
    }

    #[test]
    fn the_last_widget_to_leave_aborts_the_fetch() {
        let mut c = Cache::new();
        let (_, start) = want(&mut c, 1, Some(A), 0.0);
        let number = start.start.unwrap().1;
        want(&mut c, 2, Some(A), 0.0);
        let (answer, effects) = want(&mut c, 1, None, 0.0);
        assert!(answer.is_none() && effects.abort.is_empty(), "widget 2 still waits");
        let (_, effects) = want(&mut c, 2, Some(B), 0.0);
        assert_eq!(effects.abort, ["flight"], "changing src leaves A with nobody: aborted");
        assert!(effects.start.is_some(), "and B starts");
        assert!(c.finish(A, number, Err(Problem::Transient("aborted".into())), 1.0).is_empty());
        let (answer, effects) = want(&mut c, 3, Some(A), 1.0);
        assert_eq!(answer, Some(Answer::Loading), "an aborted fetch is forgotten, not cached as a failure");
        assert!(effects.start.is_some());
    }

    #[test]
    fn refusals_are_kept_transient_failures_retried_after_a_back_off() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        c.finish(A, n, Err(Problem::Refused("404".into())), 0.0);
        for now in [1.0, 1e9] {
            let (answer, effects) = want(&mut c, 1, Some(A), now);
            assert_eq!(answer, Some(Answer::Unusable("404".into())));
            assert!(effects.start.is_none(), "a refusal is never fetched again");
        }

        let n = want(&mut c, 1, Some(B), 0.0).1.start.unwrap().1;
        assert_eq!(c.finish(B, n, Err(Problem::Transient("503".into())), 1_000.0), [1]);
        let (answer, effects) = want(&mut c, 1, Some(B), 2_999.0);
        assert_eq!(answer, Some(Answer::Unusable("503".into())), "within the back-off");
        assert!(effects.start.is_none());
        let (answer, effects) = want(&mut c, 1, Some(B), 3_000.0);
        assert_eq!(answer, Some(Answer::Loading), "after it, the next ask retries");
        let n = effects.start.unwrap().1;
        c.finish(B, n, Err(Problem::Transient("503".into())), 3_000.0);
        assert_eq!(want(&mut c, 1, Some(B), 6_999.0).0, Some(Answer::Unusable("503".into())), "twice as long");
        let n = want(&mut c, 1, Some(B), 7_000.0).1.start.unwrap().1;
        c.finish(B, n, Ok("data"), 7_100.0);
        assert_eq!(want(&mut c, 1, Some(B), 7_200.0).0, Some(Answer::Ready("data")));
    }

    #[test]
    fn an_aborted_retry_keeps_counting_failures() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        c.finish(A, n, Err(Problem::Transient("503".into())), 0.0);
        want(&mut c, 1, Some(A), 2_000.0); // the first retry starts…
        want(&mut c, 1, None, 2_001.0); // …and is aborted: nobody waits
        let n = want(&mut c, 2, Some(A), 2_002.0).1.start.expect("the next ask starts again").1;
        c.finish(A, n, Err(Problem::Transient("503".into())), 2_100.0);
        assert_eq!(want(&mut c, 2, Some(A), 5_000.0).0, Some(Answer::Unusable("503".into())), "second failure: 4 s");
        assert!(want(&mut c, 2, Some(A), 6_100.0).1.start.is_some());
    }

    #[test]
    fn back_off_doubles_and_stops_at_a_minute() {
        let waits: Vec<f64> = (1..=8).map(backoff_ms).collect();
        assert_eq!(waits, [2_000.0, 4_000.0, 8_000.0, 16_000.0, 32_000.0, 60_000.0, 60_000.0, 60_000.0]);
    }

    const BLOB: &str = "blob:https://page.example/0f6e";

    /// Widgets `ids` show the dataset at `url`, fetched for the first of them.
    fn shown(c: &mut Cache, url: &str, ids: &[u32]) {
        let n = want(c, ids[0], Some(url), 0.0).1.start.unwrap().1;
        assert_eq!(c.finish(url, n, Ok("data"), 1.0), [ids[0]]);
        for &id in ids {
            assert_eq!(want(c, id, Some(url), 1.0).0, Some(Answer::Ready("data")), "woken, it asks again");
        }
    }

    #[test]
    fn a_blob_url_nobody_names_any_more_is_forgotten_others_are_kept() {
        let mut c = Cache::new();
        shown(&mut c, A, &[1, 2]);
        shown(&mut c, BLOB, &[1, 2]);
        want(&mut c, 1, None, 2.0);
        want(&mut c, 2, Some(B), 2.0);
        assert_eq!(want(&mut c, 3, Some(A), 3.0).0, Some(Answer::Ready("data")), "an https dataset is kept");
        let (answer, effects) = want(&mut c, 3, Some(BLOB), 3.0);
        assert_eq!(answer, Some(Answer::Loading), "the blob: one was forgotten");
        assert!(effects.start.is_some());
    }

    #[test]
    fn a_widget_moved_in_the_page_finds_its_blob_dataset_again() {
        let mut c = Cache::new();
        shown(&mut c, BLOB, &[1]);
        // Removed and inserted elsewhere: unmounted, then mounted under a new id.
        want(&mut c, 1, None, 2.0);
        let (answer, effects) = want(&mut c, 7, Some(BLOB), 2.0);
        assert_eq!(answer, Some(Answer::Ready("data")));
        assert!(effects.start.is_none(), "not fetched again (its page may have revoked it)");
    }

    #[test]
    fn a_blob_dataset_is_kept_for_the_widgets_it_wakes_and_refusals_go_too() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(BLOB), 0.0).1.start.unwrap().1;
        c.finish(BLOB, n, Ok("data"), 1.0);
        // Before the woken widget renders, another one asks for another URL.
        want(&mut c, 2, Some(A), 1.0);
        assert_eq!(want(&mut c, 1, Some(BLOB), 1.0).0, Some(Answer::Ready("data")));
        want(&mut c, 1, Some(B), 2.0);
        assert!(want(&mut c, 3, Some(BLOB), 3.0).1.start.is_some(), "forgotten once widget 1 moved on");

        let refused = "blob:https://page.example/refused";
        let n = want(&mut c, 4, Some(refused), 3.0).1.start.unwrap().1;
        c.finish(refused, n, Err(Problem::Refused("not JSON".into())), 3.0);
        want(&mut c, 4, Some(B), 4.0);
        assert!(want(&mut c, 5, Some(refused), 5.0).1.start.is_some(), "a refused blob: URL is forgotten too");
    }

    #[test]
    fn a_superseded_fetch_cannot_overwrite() {
        let mut c = Cache::new();
        let old = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        want(&mut c, 1, None, 0.0);
        let new = want(&mut c, 2, Some(A), 0.0).1.start.unwrap().1;
        assert_ne!(old, new);
        assert!(c.finish(A, old, Ok("stale"), 1.0).is_empty());
        assert_eq!(c.finish(A, new, Ok("fresh"), 1.0), [2]);
        assert_eq!(want(&mut c, 3, Some(A), 2.0).0, Some(Answer::Ready("fresh")));
    }
}
